// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.203213381897) q[0];
ry(pi*-0.045540257832) q[1];
ry(pi*-0.000350412272) q[2];
ry(pi*-0.017342681546) q[3];
ry(pi*-0.010896103548) q[4];
ry(pi*0.020335301658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002189965866) q[0];
ry(pi*0.047147572098) q[1];
ry(pi*0.493391046982) q[2];
ry(pi*-0.14237018958) q[3];
ry(pi*0.050756459072) q[4];
ry(pi*-0.008220142152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015077367488) q[0];
ry(pi*-0.050624598475) q[1];
ry(pi*0.060184458517) q[2];
ry(pi*-0.160700425174) q[3];
ry(pi*-0.179068131944) q[4];
ry(pi*0.035431535172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.186214027636) q[0];
ry(pi*0.518581391769) q[1];
ry(pi*-0.012480584112) q[2];
ry(pi*0.390733265811) q[3];
ry(pi*0.074972169066) q[4];
ry(pi*-0.453130193355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108342044839) q[0];
ry(pi*-0.305251190591) q[1];
ry(pi*0.08590138243) q[2];
ry(pi*0.21093060394) q[3];
ry(pi*0.09361892701) q[4];
ry(pi*0.001174209051) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
