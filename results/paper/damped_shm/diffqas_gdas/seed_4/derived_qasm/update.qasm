// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083745414246) q[0];
ry(pi*0.09821491387) q[1];
ry(pi*0.076220656499) q[2];
ry(pi*0.032752232201) q[3];
ry(pi*-0.002474900962) q[4];
ry(pi*5.5476907e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.16765729538) q[0];
ry(pi*-0.14225539497) q[1];
ry(pi*-0.004811689808) q[2];
ry(pi*0.030744002432) q[3];
ry(pi*0.001023736634) q[4];
ry(pi*-1.5947484e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138219360298) q[0];
ry(pi*0.00105230307) q[1];
ry(pi*0.000829053045) q[2];
ry(pi*-0.000398984137) q[3];
ry(pi*0.001264582844) q[4];
ry(pi*4.4068801e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057889429579) q[0];
ry(pi*0.022418412119) q[1];
ry(pi*-2.0919974e-05) q[2];
ry(pi*0.001039618825) q[3];
ry(pi*-3.2581989e-05) q[4];
ry(pi*-0.000146552025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007454362924) q[0];
ry(pi*-0.000968638959) q[1];
ry(pi*-0.106881864231) q[2];
ry(pi*0.082423203459) q[3];
ry(pi*-0.01066609337) q[4];
ry(pi*0.004029558146) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
