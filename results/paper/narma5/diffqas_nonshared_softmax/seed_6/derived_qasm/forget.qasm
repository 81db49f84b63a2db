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
rz(pi*-0.002546495515) q[0];
rz(pi*0.004967623857) q[1];
rz(pi*0.004527564314) q[2];
rz(pi*0.002432369546) q[3];
rz(pi*0.000408691847) q[4];
rz(pi*-0.000883547001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000251782314) q[0];
rz(pi*0.004790185384) q[1];
rz(pi*-0.001713520447) q[2];
rz(pi*-0.001441635933) q[3];
rz(pi*0.000717693096) q[4];
rz(pi*-0.002096447562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001037249158) q[0];
rz(pi*-0.003278175973) q[1];
rz(pi*0.000854653878) q[2];
rz(pi*0.002034834898) q[3];
rz(pi*0.001160762857) q[4];
rz(pi*0.000113302201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000428234629) q[0];
rz(pi*0.000765231612) q[1];
rz(pi*-0.00121205405) q[2];
rz(pi*-0.000209579771) q[3];
rz(pi*-0.000181775728) q[4];
rz(pi*0.000809959198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001817841952) q[0];
rz(pi*-0.001413701526) q[1];
rz(pi*-0.003782974681) q[2];
rz(pi*-0.003033952539) q[3];
rz(pi*0.000660941902) q[4];
rz(pi*-0.003299564485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
