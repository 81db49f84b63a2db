// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.028536276592) q[0];
ry(pi*-0.05946387356) q[1];
ry(pi*-0.021223617563) q[2];
ry(pi*-0.507598106074) q[3];
ry(pi*-0.442781811689) q[4];
ry(pi*0.025879247627) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115246464885) q[0];
ry(pi*-0.002165682972) q[1];
ry(pi*0.003796336535) q[2];
ry(pi*-0.00860565297) q[3];
ry(pi*0.013409387861) q[4];
ry(pi*-0.511129996894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.156291860601) q[0];
ry(pi*0.120519019928) q[1];
ry(pi*0.243238556052) q[2];
ry(pi*-0.017270761789) q[3];
ry(pi*-0.000770291555) q[4];
ry(pi*0.012764348827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005032110447) q[0];
ry(pi*-0.002300329895) q[1];
ry(pi*0.010885871308) q[2];
ry(pi*0.06623984336) q[3];
ry(pi*0.42951784994) q[4];
ry(pi*-0.015436704215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045748312983) q[0];
ry(pi*-0.498342364948) q[1];
ry(pi*-0.006795189787) q[2];
ry(pi*-0.08351557838) q[3];
ry(pi*-0.19465331451) q[4];
ry(pi*0.002712362687) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
