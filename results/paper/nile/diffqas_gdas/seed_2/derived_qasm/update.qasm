// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.022550322519) q[0];
ry(pi*0.035534744548) q[1];
ry(pi*0.010197127364) q[2];
ry(pi*0.018099110767) q[3];
ry(pi*0.004966214537) q[4];
ry(pi*-0.003385701352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030800944391) q[0];
ry(pi*0.463644207109) q[1];
ry(pi*0.011852177064) q[2];
ry(pi*0.388693961052) q[3];
ry(pi*0.042345100081) q[4];
ry(pi*0.501803715092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020536716347) q[0];
ry(pi*0.007455157408) q[1];
ry(pi*0.019281542207) q[2];
ry(pi*0.063123223299) q[3];
ry(pi*-0.02833454648) q[4];
ry(pi*0.027587342758) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050815853258) q[0];
ry(pi*0.032101751547) q[1];
ry(pi*0.016058284631) q[2];
ry(pi*-0.002219264532) q[3];
ry(pi*0.068139271536) q[4];
ry(pi*-0.066403625605) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057503395825) q[0];
ry(pi*-0.032329616618) q[1];
ry(pi*-0.294094342201) q[2];
ry(pi*0.025607019529) q[3];
ry(pi*0.023685198767) q[4];
ry(pi*0.000157971248) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
