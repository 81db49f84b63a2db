// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.097760175054) q[0];
rx(pi*0.003956516329) q[1];
rx(pi*-0.002247772864) q[2];
rx(pi*-0.002715051777) q[3];
rx(pi*-0.004034149255) q[4];
rx(pi*-0.001514393308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100067659601) q[0];
rx(pi*-0.00052730387) q[1];
rx(pi*-0.001970356904) q[2];
rx(pi*-0.002545146968) q[3];
rx(pi*-0.0007926041) q[4];
rx(pi*0.001973601392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102858949215) q[0];
rx(pi*0.003001570209) q[1];
rx(pi*0.002221498424) q[2];
rx(pi*0.002002903764) q[3];
rx(pi*-0.002025637414) q[4];
rx(pi*0.000990404407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102584517906) q[0];
rx(pi*-0.000857422417) q[1];
rx(pi*0.00258963569) q[2];
rx(pi*0.000922497756) q[3];
rx(pi*0.001463799511) q[4];
rx(pi*-0.002947481277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094384192788) q[0];
rx(pi*-0.004326415836) q[1];
rx(pi*-0.006201682515) q[2];
rx(pi*0.003847964049) q[3];
rx(pi*0.007547000922) q[4];
rx(pi*-0.000664314752) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
