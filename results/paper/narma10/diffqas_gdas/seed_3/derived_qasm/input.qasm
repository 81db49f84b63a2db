// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.003154184027) q[0];
rz(pi*0.000282012645) q[1];
rz(pi*0.000793435714) q[2];
rz(pi*0.004824416668) q[3];
rz(pi*-0.005396996703) q[4];
rz(pi*0.001543479271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.0030453685) q[0];
rz(pi*0.004150501409) q[1];
rz(pi*-0.001730371804) q[2];
rz(pi*-0.000503292857) q[3];
rz(pi*-0.00359901818) q[4];
rz(pi*-7.6932852e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002409541032) q[0];
rz(pi*0.005218811771) q[1];
rz(pi*-0.004123586491) q[2];
rz(pi*-0.001495857971) q[3];
rz(pi*0.012370971434) q[4];
rz(pi*0.002933976831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-8.1618574e-05) q[0];
rz(pi*0.001614091836) q[1];
rz(pi*-0.008536757587) q[2];
rz(pi*0.005104161828) q[3];
rz(pi*0.000469554309) q[4];
rz(pi*-0.004601573445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003699146856) q[0];
rz(pi*-0.002027777036) q[1];
rz(pi*-0.003291972421) q[2];
rz(pi*0.001653760442) q[3];
rz(pi*0.001269133043) q[4];
rz(pi*-0.001471149969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
