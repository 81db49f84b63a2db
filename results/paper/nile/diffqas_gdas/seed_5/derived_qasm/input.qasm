// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001894793342) q[0];
rz(pi*0.006200181889) q[1];
rz(pi*-0.004706183544) q[2];
rz(pi*0.000441905976) q[3];
rz(pi*-0.001281532326) q[4];
rz(pi*0.004871788358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001555575732) q[0];
rz(pi*0.002354005132) q[1];
rz(pi*-0.00242617613) q[2];
rz(pi*0.005307680121) q[3];
rz(pi*0.00820029903) q[4];
rz(pi*-0.003461249055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003536712566) q[0];
rz(pi*0.000172200753) q[1];
rz(pi*-0.002473212536) q[2];
rz(pi*-0.001131471973) q[3];
rz(pi*0.001333330151) q[4];
rz(pi*0.002362226409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001216145123) q[0];
rz(pi*0.003188890518) q[1];
rz(pi*0.007152475085) q[2];
rz(pi*-0.000233287794) q[3];
rz(pi*0.003404548998) q[4];
rz(pi*0.001898320494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001063468977) q[0];
rz(pi*-0.003962392841) q[1];
rz(pi*0.001920740797) q[2];
rz(pi*-0.001470857225) q[3];
rz(pi*-0.000813382816) q[4];
rz(pi*0.002593164917) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
