// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001948804456) q[0];
rz(pi*-0.001795337012) q[1];
rz(pi*0.00178474266) q[2];
rz(pi*0.000253885491) q[3];
rz(pi*-0.00079628837) q[4];
rz(pi*-0.002583351263) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001075668602) q[0];
rz(pi*0.002690747391) q[1];
rz(pi*0.001066828487) q[2];
rz(pi*-0.002141679185) q[3];
rz(pi*-0.005843577831) q[4];
rz(pi*-0.001075845211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002600322683) q[0];
rz(pi*0.000826719471) q[1];
rz(pi*0.001500089931) q[2];
rz(pi*-0.002859323219) q[3];
rz(pi*0.003613708719) q[4];
rz(pi*-0.001334486599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000343177912) q[0];
rz(pi*0.003062542691) q[1];
rz(pi*-0.003580588231) q[2];
rz(pi*0.002680225817) q[3];
rz(pi*-0.001845104456) q[4];
rz(pi*0.002686878433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000348592667) q[0];
rz(pi*0.001271109618) q[1];
rz(pi*-0.001846172415) q[2];
rz(pi*-0.001585620115) q[3];
rz(pi*-0.005683955954) q[4];
rz(pi*-0.002163812971) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
