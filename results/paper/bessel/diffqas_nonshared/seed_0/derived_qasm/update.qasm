// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.014923416684) q[0];
ry(pi*-0.222091000235) q[1];
ry(pi*-0.228424634652) q[2];
ry(pi*0.03548292523) q[3];
ry(pi*0.033816332985) q[4];
ry(pi*0.013351307537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.147785960409) q[0];
ry(pi*-0.058788401053) q[1];
ry(pi*-0.013547664803) q[2];
ry(pi*0.038449513546) q[3];
ry(pi*0.03180483516) q[4];
ry(pi*0.05973449609) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.17471686507) q[0];
ry(pi*-0.012409556074) q[1];
ry(pi*0.30511128555) q[2];
ry(pi*-0.010024606983) q[3];
ry(pi*0.095589891931) q[4];
ry(pi*-0.30744751381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007238172615) q[0];
ry(pi*-0.485281753108) q[1];
ry(pi*0.011428310465) q[2];
ry(pi*0.469629463933) q[3];
ry(pi*0.29299320187) q[4];
ry(pi*-0.299198125167) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036662792978) q[0];
ry(pi*-0.015094227146) q[1];
ry(pi*-0.074407786741) q[2];
ry(pi*0.026528867394) q[3];
ry(pi*0.001235047094) q[4];
ry(pi*-0.001599015468) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
