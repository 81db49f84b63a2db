// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183920355249) q[0];
rx(pi*0.0024082998) q[1];
rx(pi*0.002258821821) q[2];
rx(pi*-0.000648442344) q[3];
rx(pi*-0.001417005749) q[4];
rx(pi*-0.002411443791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182528969824) q[0];
rx(pi*-0.000941367858) q[1];
rx(pi*0.002668788214) q[2];
rx(pi*-0.001657119508) q[3];
rx(pi*0.000396606614) q[4];
rx(pi*0.006872088705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179829356527) q[0];
rx(pi*-0.000395175839) q[1];
rx(pi*0.001999038066) q[2];
rx(pi*0.001457885943) q[3];
rx(pi*0.001969697601) q[4];
rx(pi*-0.004584915077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.186478678493) q[0];
rx(pi*0.001739864848) q[1];
rx(pi*9.0023761e-05) q[2];
rx(pi*0.005594796491) q[3];
rx(pi*0.002757330174) q[4];
rx(pi*0.00062276525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17900637565) q[0];
rx(pi*0.004214726828) q[1];
rx(pi*0.000838790882) q[2];
rx(pi*0.000724532252) q[3];
rx(pi*0.002291176285) q[4];
rx(pi*-0.000627970379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
