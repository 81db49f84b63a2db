// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000711153353) q[0];
rz(pi*0.003903973083) q[1];
rz(pi*-0.002252934637) q[2];
rz(pi*0.004044144928) q[3];
rz(pi*-0.000632071605) q[4];
rz(pi*0.002593347233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005903850693) q[0];
rz(pi*0.001638933092) q[1];
rz(pi*0.001019655344) q[2];
rz(pi*-0.000930068253) q[3];
rz(pi*0.002299420092) q[4];
rz(pi*0.00260679565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001156969716) q[0];
rz(pi*-5.1397739e-05) q[1];
rz(pi*0.000344804714) q[2];
rz(pi*-0.002624299789) q[3];
rz(pi*0.001138484553) q[4];
rz(pi*0.001558892998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004467962909) q[0];
rz(pi*0.001612789979) q[1];
rz(pi*-0.001055916267) q[2];
rz(pi*-0.000697980781) q[3];
rz(pi*0.000142213232) q[4];
rz(pi*-7.350489e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002010269488) q[0];
rz(pi*-0.006221691056) q[1];
rz(pi*-0.00168879199) q[2];
rz(pi*0.00263228613) q[3];
rz(pi*0.000810082669) q[4];
rz(pi*0.000638393088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
