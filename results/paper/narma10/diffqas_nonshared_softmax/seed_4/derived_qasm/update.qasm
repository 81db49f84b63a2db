// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037962796163) q[0];
ry(pi*-0.01142316055) q[1];
ry(pi*-0.092714837637) q[2];
ry(pi*-0.092481226194) q[3];
ry(pi*0.116984833406) q[4];
ry(pi*0.019888212416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04005729976) q[0];
ry(pi*0.055482110433) q[1];
ry(pi*-0.206330073106) q[2];
ry(pi*0.221820771389) q[3];
ry(pi*-0.036657426062) q[4];
ry(pi*-0.014556540662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.066610428554) q[0];
ry(pi*0.126495549288) q[1];
ry(pi*0.143111378941) q[2];
ry(pi*-0.003502054099) q[3];
ry(pi*0.010862109127) q[4];
ry(pi*0.069481223467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005469433468) q[0];
ry(pi*-0.490306002316) q[1];
ry(pi*-0.042894650462) q[2];
ry(pi*0.470450035271) q[3];
ry(pi*0.36551886358) q[4];
ry(pi*0.058286325231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068555391325) q[0];
ry(pi*0.014662803464) q[1];
ry(pi*-0.045761916443) q[2];
ry(pi*-0.037096984309) q[3];
ry(pi*-0.016738730369) q[4];
ry(pi*-0.001423423281) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
