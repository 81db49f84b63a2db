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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004870573509) q[0];
rx(pi*-0.001520735838) q[1];
rx(pi*-0.003114723083) q[2];
rx(pi*-0.002574608977) q[3];
rx(pi*0.003376945133) q[4];
rx(pi*-0.002570462839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000103518869) q[0];
rx(pi*0.002815100412) q[1];
rx(pi*-0.001857657894) q[2];
rx(pi*-0.000355557741) q[3];
rx(pi*0.000351618302) q[4];
rx(pi*0.00020302363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003899473873) q[0];
rx(pi*0.00024236366) q[1];
rx(pi*0.004325269171) q[2];
rx(pi*-0.00492471432) q[3];
rx(pi*0.002735499953) q[4];
rx(pi*0.000379916562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002041863708) q[0];
rx(pi*0.006367523895) q[1];
rx(pi*0.002426348071) q[2];
rx(pi*-0.003817455278) q[3];
rx(pi*0.000237194716) q[4];
rx(pi*0.00183566003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000600912165) q[0];
rx(pi*0.002173770847) q[1];
rx(pi*-0.000211731214) q[2];
rx(pi*0.002123914913) q[3];
rx(pi*0.004578959709) q[4];
rx(pi*-0.002150699689) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
