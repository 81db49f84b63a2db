// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.164896381135) q[0];
rx(pi*0.032542417328) q[1];
rx(pi*-0.001289329829) q[2];
rx(pi*-0.002342410708) q[3];
rx(pi*0.000796255909) q[4];
rx(pi*0.003284238062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007141838488) q[0];
rx(pi*0.02634334238) q[1];
rx(pi*-0.004179989209) q[2];
rx(pi*-0.004463679515) q[3];
rx(pi*0.00159860207) q[4];
rx(pi*0.003149919012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.180337655411) q[0];
rx(pi*0.02411245793) q[1];
rx(pi*0.002868019852) q[2];
rx(pi*-0.004076518661) q[3];
rx(pi*-0.002268643479) q[4];
rx(pi*0.001976940448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019729358342) q[0];
rx(pi*0.029437584086) q[1];
rx(pi*-0.001763786963) q[2];
rx(pi*0.000346836169) q[3];
rx(pi*-0.000241321641) q[4];
rx(pi*0.000643871246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168020946035) q[0];
rx(pi*0.02511898354) q[1];
rx(pi*0.004611904996) q[2];
rx(pi*0.002311188532) q[3];
rx(pi*0.002685743329) q[4];
rx(pi*0.003707796947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
