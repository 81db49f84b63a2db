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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05714232072) q[0];
rx(pi*0.095344469953) q[1];
rx(pi*0.010562819961) q[2];
rx(pi*-0.002337940106) q[3];
rx(pi*0.007646389068) q[4];
rx(pi*0.002122080189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.166118434787) q[0];
rx(pi*0.09089242933) q[1];
rx(pi*0.002159759176) q[2];
rx(pi*-0.002678373899) q[3];
rx(pi*-0.003807850917) q[4];
rx(pi*0.00417715219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05599495329) q[0];
rx(pi*0.092273133098) q[1];
rx(pi*0.002421792536) q[2];
rx(pi*-0.002531376014) q[3];
rx(pi*-0.003982818486) q[4];
rx(pi*0.000797551021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168622799537) q[0];
rx(pi*0.09884903053) q[1];
rx(pi*-0.003422932998) q[2];
rx(pi*0.002365537746) q[3];
rx(pi*0.002360849551) q[4];
rx(pi*-0.001341570845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.054815977262) q[0];
rx(pi*0.0939641741) q[1];
rx(pi*-0.003130810491) q[2];
rx(pi*-0.004188936342) q[3];
rx(pi*0.002324197908) q[4];
rx(pi*-0.003373005026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
