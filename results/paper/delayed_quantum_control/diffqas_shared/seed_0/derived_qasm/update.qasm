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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004514556124) q[0];
rz(pi*0.002749173671) q[1];
rz(pi*0.006047154821) q[2];
rz(pi*0.002222427496) q[3];
rz(pi*-0.006743473634) q[4];
rz(pi*-0.000490404247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001372877954) q[0];
rz(pi*0.004415341104) q[1];
rz(pi*0.000327202487) q[2];
rz(pi*-0.00039017804) q[3];
rz(pi*-0.001898222517) q[4];
rz(pi*0.000267646829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004418767464) q[0];
rz(pi*-0.005247282158) q[1];
rz(pi*-0.00171072256) q[2];
rz(pi*-0.002763626458) q[3];
rz(pi*-0.00256564969) q[4];
rz(pi*-0.000118944139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000249887633) q[0];
rz(pi*-0.000567585126) q[1];
rz(pi*0.001493499866) q[2];
rz(pi*5.6241788e-05) q[3];
rz(pi*-0.001853777967) q[4];
rz(pi*-0.003860339024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002459400969) q[0];
rz(pi*-0.005377768416) q[1];
rz(pi*-0.000289271147) q[2];
rz(pi*-0.00297280693) q[3];
rz(pi*-0.001411339271) q[4];
rz(pi*0.005024738942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
