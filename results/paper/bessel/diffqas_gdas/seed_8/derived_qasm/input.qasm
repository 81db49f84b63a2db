// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.37465116801) q[0];
rx(pi*-0.03461585406) q[1];
rx(pi*0.023233206255) q[2];
rx(pi*-0.008904236587) q[3];
rx(pi*0.002895434287) q[4];
rx(pi*0.004433138728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.483059626952) q[0];
rx(pi*0.033760776037) q[1];
rx(pi*0.064897592609) q[2];
rx(pi*-0.00585453815) q[3];
rx(pi*0.002740913707) q[4];
rx(pi*0.003362292242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.277728089557) q[0];
rx(pi*0.002932322348) q[1];
rx(pi*0.030988236241) q[2];
rx(pi*-0.007739492491) q[3];
rx(pi*-0.002013106062) q[4];
rx(pi*-0.003870677096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.518238630109) q[0];
rx(pi*0.043293671062) q[1];
rx(pi*0.063898838711) q[2];
rx(pi*-0.001345160549) q[3];
rx(pi*0.000207600065) q[4];
rx(pi*-0.001474912206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.349160522572) q[0];
rx(pi*-0.036378234965) q[1];
rx(pi*0.028087222485) q[2];
rx(pi*-0.01496730895) q[3];
rx(pi*-0.00389936893) q[4];
rx(pi*-0.001393527567) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
