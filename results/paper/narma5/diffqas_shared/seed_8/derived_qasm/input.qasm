// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001557633089) q[0];
rz(pi*-0.001211896043) q[1];
rz(pi*0.003397675824) q[2];
rz(pi*-0.004547369491) q[3];
rz(pi*-0.001186452921) q[4];
rz(pi*0.002739879693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003095330267) q[0];
rz(pi*0.002718039689) q[1];
rz(pi*3.1126787e-05) q[2];
rz(pi*-0.001369096152) q[3];
rz(pi*9.0387226e-05) q[4];
rz(pi*0.00395233847) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001590893946) q[0];
rz(pi*-0.000114198664) q[1];
rz(pi*-0.003579721413) q[2];
rz(pi*0.000329242132) q[3];
rz(pi*0.001611712979) q[4];
rz(pi*0.002702011274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001252034299) q[0];
rz(pi*0.005125965073) q[1];
rz(pi*0.001176218384) q[2];
rz(pi*0.002030177533) q[3];
rz(pi*6.0245774e-05) q[4];
rz(pi*0.002593563345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000830260483) q[0];
rz(pi*0.0031586779) q[1];
rz(pi*-0.002243140549) q[2];
rz(pi*-0.002419325931) q[3];
rz(pi*0.003861141512) q[4];
rz(pi*-0.005457733804) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
