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
rx(pi*0.061092418331) q[0];
rx(pi*0.091109932909) q[1];
rx(pi*-0.000528171132) q[2];
rx(pi*-0.000334938366) q[3];
rx(pi*0.002068471949) q[4];
rx(pi*-0.003393762991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.160974050141) q[0];
rx(pi*0.084009600271) q[1];
rx(pi*0.003856617401) q[2];
rx(pi*0.000235106065) q[3];
rx(pi*0.004806694936) q[4];
rx(pi*-2.8268229e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05647086095) q[0];
rx(pi*0.093257391816) q[1];
rx(pi*-0.000202475422) q[2];
rx(pi*-0.003992506149) q[3];
rx(pi*-0.002817529517) q[4];
rx(pi*0.005624204843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167003020176) q[0];
rx(pi*0.093082007736) q[1];
rx(pi*-0.000838823492) q[2];
rx(pi*-0.002195443209) q[3];
rx(pi*0.002838039057) q[4];
rx(pi*-0.000332917583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056613203989) q[0];
rx(pi*0.091308890628) q[1];
rx(pi*-0.002841177564) q[2];
rx(pi*0.000604963217) q[3];
rx(pi*0.003594362445) q[4];
rx(pi*-0.002661367795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
