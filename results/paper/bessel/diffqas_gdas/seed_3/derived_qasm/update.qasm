// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.357501e-06) q[0];
rx(pi*-0.402715694345) q[1];
rx(pi*-0.002302502126) q[2];
rx(pi*-0.001782790097) q[3];
rx(pi*0.000249583976) q[4];
rx(pi*0.004679522683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107878407804) q[0];
rx(pi*-0.000987262712) q[1];
rx(pi*-5.1947e-08) q[2];
rx(pi*0.006074029125) q[3];
rx(pi*-0.01583769798) q[4];
rx(pi*0.000797283995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.45263e-07) q[0];
rx(pi*0.00080464757) q[1];
rx(pi*-0.001495279598) q[2];
rx(pi*-3.668503e-06) q[3];
rx(pi*-4.8826848e-05) q[4];
rx(pi*0.000137334299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.475895e-06) q[0];
rx(pi*0.492459636852) q[1];
rx(pi*0.369144555664) q[2];
rx(pi*0.349038983151) q[3];
rx(pi*-0.005902535051) q[4];
rx(pi*0.000875138739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.72031e-07) q[0];
rx(pi*-0.505122466064) q[1];
rx(pi*0.002541805986) q[2];
rx(pi*0.001781975158) q[3];
rx(pi*0.001654230166) q[4];
rx(pi*-0.001016703377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
