// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.097342508986) q[0];
rx(pi*-0.001694524428) q[1];
rx(pi*0.003552693548) q[2];
rx(pi*-0.002599869708) q[3];
rx(pi*-0.002475551965) q[4];
rx(pi*-0.004188906697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096276601048) q[0];
rx(pi*-0.004188982588) q[1];
rx(pi*-0.007560650628) q[2];
rx(pi*-0.01214782109) q[3];
rx(pi*-0.002796373421) q[4];
rx(pi*-0.000989521284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108653577356) q[0];
rx(pi*-0.002886479446) q[1];
rx(pi*-0.001443900212) q[2];
rx(pi*-0.002708483946) q[3];
rx(pi*-0.014225308504) q[4];
rx(pi*-0.002057578776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.097637554185) q[0];
rx(pi*-0.000714258213) q[1];
rx(pi*0.001480443354) q[2];
rx(pi*-0.012292547581) q[3];
rx(pi*0.002586859146) q[4];
rx(pi*0.000192812438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.100194625229) q[0];
rx(pi*0.000520748304) q[1];
rx(pi*0.001297525463) q[2];
rx(pi*0.00055254863) q[3];
rx(pi*-0.005786180526) q[4];
rx(pi*-0.002977880955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
