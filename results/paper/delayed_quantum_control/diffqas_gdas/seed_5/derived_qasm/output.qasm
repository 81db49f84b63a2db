// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.053373237352) q[0];
rx(pi*-0.068970766434) q[1];
rx(pi*-0.055113057288) q[2];
rx(pi*0.104095744691) q[3];
rx(pi*0.070683773134) q[4];
rx(pi*0.055128477389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.125129587345) q[0];
rx(pi*0.222270785992) q[1];
rx(pi*0.184503065249) q[2];
rx(pi*0.063869037267) q[3];
rx(pi*-0.144251565187) q[4];
rx(pi*-0.028697447712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.326272634555) q[0];
rx(pi*-0.039083549572) q[1];
rx(pi*-0.198848853072) q[2];
rx(pi*-0.003558702277) q[3];
rx(pi*0.744198211544) q[4];
rx(pi*0.070716667136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.012621268222) q[0];
rx(pi*0.061251419443) q[1];
rx(pi*-0.050087043615) q[2];
rx(pi*-0.264858817878) q[3];
rx(pi*-0.00323949054) q[4];
rx(pi*0.060277633681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.121584216388) q[0];
rx(pi*0.59191584274) q[1];
rx(pi*-0.047110338081) q[2];
rx(pi*-0.135435858998) q[3];
rx(pi*-0.128198960522) q[4];
rx(pi*0.001339197029) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
