// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(0) q[0];
rx(pi*1.66647e-07) q[1];
rx(pi*0.002034542154) q[2];
rx(pi*0.000285091881) q[3];
rx(pi*0.001116366331) q[4];
rx(pi*-0.002051000272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002947645806) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(pi*0.000451365336) q[4];
rx(pi*-0.000261512999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*1.2700094e-05) q[1];
rx(0) q[2];
rx(pi*1.8021e-08) q[3];
rx(pi*0.002437910033) q[4];
rx(pi*-0.0012217303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(pi*-0.000451365336) q[4];
rx(pi*0.005799209467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-1.68872e-07) q[1];
rx(pi*-0.002034542154) q[2];
rx(pi*-0.000285091751) q[3];
rx(pi*-0.003551385615) q[4];
rx(pi*0.002811176907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
