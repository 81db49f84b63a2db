// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.001036444743) q[0];
rz(pi*-0.002371492521) q[1];
rz(pi*-0.000801219506) q[2];
rz(pi*0.002950026589) q[3];
rz(pi*0.000272943875) q[4];
rz(pi*0.001758078686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001479464776) q[0];
rz(pi*0.000528821282) q[1];
rz(pi*-0.004266204932) q[2];
rz(pi*-0.002152100412) q[3];
rz(pi*0.003967843652) q[4];
rz(pi*0.001839832256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000230406215) q[0];
rz(pi*0.000606222941) q[1];
rz(pi*-0.003881892065) q[2];
rz(pi*0.00144773493) q[3];
rz(pi*-0.003528197063) q[4];
rz(pi*-0.002037627449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002261984045) q[0];
rz(pi*-0.002077527138) q[1];
rz(pi*-0.00140997516) q[2];
rz(pi*-0.000131518967) q[3];
rz(pi*0.000425578963) q[4];
rz(pi*0.004167702576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005049933565) q[0];
rz(pi*-0.001138898174) q[1];
rz(pi*0.0018635599) q[2];
rz(pi*-0.001400022027) q[3];
rz(pi*-0.001121898814) q[4];
rz(pi*-0.002395526101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
