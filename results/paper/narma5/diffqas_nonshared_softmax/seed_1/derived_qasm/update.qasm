// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.100024638896) q[0];
rx(pi*-0.045721238872) q[1];
rx(pi*0.003818136222) q[2];
rx(pi*-0.001409083145) q[3];
rx(pi*-0.000229180991) q[4];
rx(pi*0.006157184899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141346856487) q[0];
rx(pi*-0.053079050669) q[1];
rx(pi*0.000538694633) q[2];
rx(pi*0.006984139974) q[3];
rx(pi*0.003199977125) q[4];
rx(pi*0.003323090988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.040181870078) q[0];
rx(pi*-0.049438858662) q[1];
rx(pi*0.00500366852) q[2];
rx(pi*-0.00212462476) q[3];
rx(pi*0.005478633471) q[4];
rx(pi*0.001895905471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153526535193) q[0];
rx(pi*-0.042125851009) q[1];
rx(pi*-0.001408092115) q[2];
rx(pi*-0.001614716158) q[3];
rx(pi*0.001695288674) q[4];
rx(pi*0.001117816561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.065498378894) q[0];
rx(pi*-0.043557008056) q[1];
rx(pi*0.001042724723) q[2];
rx(pi*-0.001307536108) q[3];
rx(pi*0.003328709886) q[4];
rx(pi*-0.000829471113) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
