// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006077711024) q[0];
rz(pi*0.003395032979) q[1];
rz(pi*0.003862532155) q[2];
rz(pi*-0.000775319556) q[3];
rz(pi*0.001306905116) q[4];
rz(pi*-0.000863171234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743345807) q[0];
rz(pi*-0.003662256127) q[1];
rz(pi*-0.002459951475) q[2];
rz(pi*-0.001602082828) q[3];
rz(pi*0.000110922048) q[4];
rz(pi*0.003078761129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001727449705) q[0];
rz(pi*-0.00565956293) q[1];
rz(pi*0.003229960885) q[2];
rz(pi*-0.004742241547) q[3];
rz(pi*0.001499651038) q[4];
rz(pi*-0.000640208542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000179792001) q[0];
rz(pi*-0.001529901898) q[1];
rz(pi*-0.003342598827) q[2];
rz(pi*0.005051713446) q[3];
rz(pi*-0.007704820388) q[4];
rz(pi*-0.002826350658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096118992) q[0];
rz(pi*-9.0698989e-05) q[1];
rz(pi*-1.616758e-06) q[2];
rz(pi*-0.002739926828) q[3];
rz(pi*-0.003607467574) q[4];
rz(pi*0.001802482031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
