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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000782799043) q[0];
rx(pi*-0.001866777115) q[1];
rx(pi*-0.000156074751) q[2];
rx(pi*0.000139893248) q[3];
rx(pi*-0.004028313653) q[4];
rx(pi*0.000235231296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.0448841e-05) q[0];
rx(pi*0.001829414883) q[1];
rx(pi*-0.000387406684) q[2];
rx(pi*-0.002308473205) q[3];
rx(pi*0.002947697388) q[4];
rx(pi*-0.004884465711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000702777403) q[0];
rx(pi*0.002162347771) q[1];
rx(pi*0.001846421432) q[2];
rx(pi*-0.000589668477) q[3];
rx(pi*-0.003572204351) q[4];
rx(pi*0.006493817769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001314062436) q[0];
rx(pi*-0.001117277616) q[1];
rx(pi*-0.001236234817) q[2];
rx(pi*-2.3497922e-05) q[3];
rx(pi*0.00190310548) q[4];
rx(pi*-0.004272223443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001795031077) q[0];
rx(pi*-0.001035291482) q[1];
rx(pi*-0.001123264778) q[2];
rx(pi*0.002346484068) q[3];
rx(pi*0.005367537362) q[4];
rx(pi*-0.000269630092) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
