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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00017221413) q[0];
rz(pi*0.000868319963) q[1];
rz(pi*-0.003126308317) q[2];
rz(pi*-0.003524762403) q[3];
rz(pi*0.000635297046) q[4];
rz(pi*-0.001485681315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749645352) q[0];
rz(pi*0.00241762535) q[1];
rz(pi*-0.005248186921) q[2];
rz(pi*0.000809734786) q[3];
rz(pi*0.003898136295) q[4];
rz(pi*-0.000947065685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580891921) q[0];
rz(pi*0.002394455919) q[1];
rz(pi*0.000806717971) q[2];
rz(pi*0.002851678684) q[3];
rz(pi*-0.001098856486) q[4];
rz(pi*-0.004716748103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350177336) q[0];
rz(pi*-0.00141911706) q[1];
rz(pi*0.002467950859) q[2];
rz(pi*0.000616349089) q[3];
rz(pi*-0.005191151877) q[4];
rz(pi*-0.003804320504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813171417) q[0];
rz(pi*0.002163755756) q[1];
rz(pi*-0.002037951616) q[2];
rz(pi*-3.317547e-06) q[3];
rz(pi*0.001418307902) q[4];
rz(pi*0.001490979455) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
