// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.193952404292) q[0];
rx(pi*0.08605860959) q[1];
rx(pi*0.048701250407) q[2];
rx(pi*0.250590761402) q[3];
rx(pi*0.002464436158) q[4];
rx(pi*0.143223308666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.081075768404) q[0];
rx(pi*0.127716161011) q[1];
rx(pi*0.04119040917) q[2];
rx(pi*0.073711273457) q[3];
rx(pi*0.036155143911) q[4];
rx(pi*-0.085910432431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.12306544726) q[0];
rx(pi*0.278987310822) q[1];
rx(pi*-0.04311630433) q[2];
rx(pi*0.349756570414) q[3];
rx(pi*0.016127914615) q[4];
rx(pi*0.110043577771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00692825871) q[0];
rx(pi*0.075953041149) q[1];
rx(pi*0.06378849321) q[2];
rx(pi*0.178072100636) q[3];
rx(pi*0.127259411083) q[4];
rx(pi*0.087430898945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.140384672561) q[0];
rx(pi*0.042221189066) q[1];
rx(pi*-0.103543561842) q[2];
rx(pi*0.179980721108) q[3];
rx(pi*-0.009726344717) q[4];
rx(pi*-0.003882211637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
