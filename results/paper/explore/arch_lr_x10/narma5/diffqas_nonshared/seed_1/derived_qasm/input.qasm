// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.006012504654) q[0];
rz(pi*0.004129636722) q[1];
rz(pi*-0.002671371472) q[2];
rz(pi*-0.000773334829) q[3];
rz(pi*-7.652712e-05) q[4];
rz(pi*0.000308725329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000541568078) q[0];
rz(pi*0.00085229518) q[1];
rz(pi*0.001233003818) q[2];
rz(pi*0.002718120619) q[3];
rz(pi*-0.001359925348) q[4];
rz(pi*-0.002383282008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003385385634) q[0];
rz(pi*0.001886651217) q[1];
rz(pi*-0.00014737179) q[2];
rz(pi*0.001760904884) q[3];
rz(pi*0.001713131802) q[4];
rz(pi*0.005366313026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000660509308) q[0];
rz(pi*0.002394872282) q[1];
rz(pi*-0.003827962326) q[2];
rz(pi*-0.003438707059) q[3];
rz(pi*-0.000992292047) q[4];
rz(pi*-0.003872932778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002195043447) q[0];
rz(pi*-0.004243238717) q[1];
rz(pi*0.00021766998) q[2];
rz(pi*-0.007824361149) q[3];
rz(pi*-0.003516623094) q[4];
rz(pi*-0.001079183007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
