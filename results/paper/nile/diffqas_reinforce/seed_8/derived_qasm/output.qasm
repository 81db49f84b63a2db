// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.063383369021) q[0];
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
ry(pi*-0.075950992093) q[0];
ry(pi*-0.07692201732) q[1];
ry(pi*0.121245552842) q[2];
ry(pi*0.026004965797) q[3];
ry(pi*-0.135153098652) q[4];
ry(pi*-0.170086736749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.125576585281) q[0];
ry(pi*-0.205999169414) q[1];
ry(pi*0.077892848076) q[2];
ry(pi*-0.054922812804) q[3];
ry(pi*-0.133614873647) q[4];
ry(pi*-0.069758201868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0167034209) q[0];
ry(pi*-0.125639366103) q[1];
ry(pi*0.053233474606) q[2];
ry(pi*-0.011415438641) q[3];
ry(pi*0.030436359328) q[4];
ry(pi*0.012118201074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160135264965) q[0];
ry(pi*0.015618554444) q[1];
ry(pi*0.015490378118) q[2];
ry(pi*0.15535864806) q[3];
ry(pi*-0.012786498324) q[4];
ry(pi*-0.02880554257) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133684399281) q[0];
ry(pi*0.003554929072) q[1];
ry(pi*0.19473886263) q[2];
ry(pi*-0.130147528115) q[3];
ry(pi*-0.196035839662) q[4];
ry(pi*-0.003806494366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
