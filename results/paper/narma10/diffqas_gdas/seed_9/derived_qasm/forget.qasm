// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.002061106373) q[0];
rz(pi*-0.000675231271) q[1];
rz(pi*0.003552742759) q[2];
rz(pi*0.001374748104) q[3];
rz(pi*0.001271034468) q[4];
rz(pi*-0.00418883377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000381812355) q[0];
rz(pi*0.000830184147) q[1];
rz(pi*-0.004094938828) q[2];
rz(pi*-0.003948306761) q[3];
rz(pi*0.001063560728) q[4];
rz(pi*-0.000989549077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002763786244) q[0];
rz(pi*0.001344014328) q[1];
rz(pi*0.00251714171) q[2];
rz(pi*0.001167011932) q[3];
rz(pi*-0.010478746973) q[4];
rz(pi*-0.002057532233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0030553787) q[0];
rz(pi*0.0003208355) q[1];
rz(pi*0.00469458823) q[2];
rz(pi*-0.004320072713) q[3];
rz(pi*0.006446836502) q[4];
rz(pi*0.000192803008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003094719582) q[0];
rz(pi*0.001552088007) q[1];
rz(pi*0.001297460245) q[2];
rz(pi*0.004527013512) q[3];
rz(pi*-0.00203969785) q[4];
rz(pi*-0.002977869986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
