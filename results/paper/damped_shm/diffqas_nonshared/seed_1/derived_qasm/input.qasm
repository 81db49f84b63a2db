// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.026333123184) q[0];
ry(pi*0.499111975485) q[1];
ry(pi*-0.025284959508) q[2];
ry(pi*-0.09468346891) q[3];
ry(pi*0.018937115689) q[4];
ry(pi*-0.013592432187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.315099033228) q[0];
ry(pi*-0.313031250375) q[1];
ry(pi*0.225552217569) q[2];
ry(pi*-0.078202141809) q[3];
ry(pi*0.010037643633) q[4];
ry(pi*0.520872654617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078204608266) q[0];
ry(pi*-0.536287139372) q[1];
ry(pi*0.013764819759) q[2];
ry(pi*-0.156947160334) q[3];
ry(pi*-0.059234891468) q[4];
ry(pi*0.044665794404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029296061618) q[0];
ry(pi*0.038573341556) q[1];
ry(pi*-0.317511019669) q[2];
ry(pi*-0.378054499491) q[3];
ry(pi*0.032778274669) q[4];
ry(pi*0.01960068161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026018958198) q[0];
ry(pi*0.363930427198) q[1];
ry(pi*-0.080006635099) q[2];
ry(pi*0.215731202398) q[3];
ry(pi*0.540135305896) q[4];
ry(pi*-0.002428725741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
