// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.219739460967) q[0];
ry(pi*-0.189806403575) q[1];
ry(pi*-0.022409094128) q[2];
ry(pi*0.011402273926) q[3];
ry(pi*-0.463122418602) q[4];
ry(pi*0.133853465435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.2998833e-05) q[0];
ry(pi*0.431049368079) q[1];
ry(pi*-0.136298132435) q[2];
ry(pi*-0.214499833127) q[3];
ry(pi*-0.088674088237) q[4];
ry(pi*-0.002436680955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218811655659) q[0];
ry(pi*0.569130483451) q[1];
ry(pi*-0.040037885896) q[2];
ry(pi*-0.008937774476) q[3];
ry(pi*-0.525679134627) q[4];
ry(pi*0.266483625018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01485820735) q[0];
ry(pi*-0.431836319708) q[1];
ry(pi*-0.040964140181) q[2];
ry(pi*0.078475368348) q[3];
ry(pi*0.166389972752) q[4];
ry(pi*-0.299177957136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.256596110366) q[0];
ry(pi*-0.020699832174) q[1];
ry(pi*0.09365607565) q[2];
ry(pi*-0.23435868403) q[3];
ry(pi*-0.219259298668) q[4];
ry(pi*-0.003388910414) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
