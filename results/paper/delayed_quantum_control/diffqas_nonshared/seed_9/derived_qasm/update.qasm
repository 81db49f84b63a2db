// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.172772898368) q[0];
rx(pi*0.070295026277) q[1];
rx(pi*0.046361426811) q[2];
rx(pi*-0.00319828855) q[3];
rx(pi*0.000295205634) q[4];
rx(pi*0.009422411379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000287912076) q[0];
rx(pi*0.137303213744) q[1];
rx(pi*0.043085146335) q[2];
rx(pi*0.001899642954) q[3];
rx(pi*-0.003380371492) q[4];
rx(pi*-0.001299109836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.15870966219) q[0];
rx(pi*0.075709032641) q[1];
rx(pi*0.04869381309) q[2];
rx(pi*-0.001245401396) q[3];
rx(pi*0.000766906699) q[4];
rx(pi*-0.003327978249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00381298601) q[0];
rx(pi*0.142606808203) q[1];
rx(pi*0.045125138856) q[2];
rx(pi*0.000227910187) q[3];
rx(pi*-0.006337561776) q[4];
rx(pi*0.002252662052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.169714244794) q[0];
rx(pi*0.068911324815) q[1];
rx(pi*0.044741026092) q[2];
rx(pi*-0.005555652748) q[3];
rx(pi*-0.00174244618) q[4];
rx(pi*0.002606100181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
