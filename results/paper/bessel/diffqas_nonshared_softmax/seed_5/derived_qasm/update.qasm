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
ry(pi*0.059333706281) q[0];
ry(pi*-0.023586341265) q[1];
ry(pi*0.069815319325) q[2];
ry(pi*0.001792086299) q[3];
ry(pi*-0.072423692678) q[4];
ry(pi*0.004743570529) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116369812816) q[0];
ry(pi*-0.139862608949) q[1];
ry(pi*-0.265370816447) q[2];
ry(pi*0.006078564797) q[3];
ry(pi*0.000607747727) q[4];
ry(pi*-0.002814752381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075395204422) q[0];
ry(pi*0.217867438925) q[1];
ry(pi*0.194963348181) q[2];
ry(pi*-0.007121982322) q[3];
ry(pi*-0.014579586621) q[4];
ry(pi*-0.081912532982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030460891091) q[0];
ry(pi*-0.226603061146) q[1];
ry(pi*0.173429772839) q[2];
ry(pi*0.510850414484) q[3];
ry(pi*0.510694041097) q[4];
ry(pi*0.010525368943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072768707351) q[0];
ry(pi*0.017256034193) q[1];
ry(pi*-0.016181622907) q[2];
ry(pi*-0.007279966613) q[3];
ry(pi*-0.034460685443) q[4];
ry(pi*-0.00354200033) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
