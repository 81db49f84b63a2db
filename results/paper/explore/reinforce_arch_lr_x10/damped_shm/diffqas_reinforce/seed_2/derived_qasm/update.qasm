// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.122937219944) q[0];
rx(pi*-0.005190802659) q[1];
rx(pi*-0.003070441876) q[2];
rx(pi*-0.003320763269) q[3];
rx(pi*0.011231290338) q[4];
rx(pi*-0.000774745853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044942995735) q[0];
rx(pi*-0.003283483599) q[1];
rx(pi*-0.009059057766) q[2];
rx(pi*-0.005008692741) q[3];
rx(pi*-0.001361286347) q[4];
rx(pi*-0.002296840243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.131705627073) q[0];
rx(pi*-0.007235457733) q[1];
rx(pi*0.002766289165) q[2];
rx(pi*0.00675312424) q[3];
rx(pi*-0.005781780627) q[4];
rx(pi*0.001506591506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.052743252008) q[0];
rx(pi*-0.004832923277) q[1];
rx(pi*-0.005448915034) q[2];
rx(pi*0.003442155059) q[3];
rx(pi*0.001689977342) q[4];
rx(pi*-0.003914334871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12761382201) q[0];
rx(pi*-0.005158713221) q[1];
rx(pi*0.00118316315) q[2];
rx(pi*-0.003118412986) q[3];
rx(pi*-0.007375816342) q[4];
rx(pi*0.000253221537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
