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
ry(pi*0.006577996886) q[0];
ry(pi*-0.008222987472) q[1];
ry(pi*-0.013153890168) q[2];
ry(pi*0.008801856676) q[3];
ry(pi*0.004742834446) q[4];
ry(pi*-3.3086767e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009966787535) q[0];
ry(pi*0.329252266635) q[1];
ry(pi*-0.480455920895) q[2];
ry(pi*-0.004553472787) q[3];
ry(pi*-0.005966303642) q[4];
ry(pi*0.008424275874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001349134005) q[0];
ry(pi*0.014690072046) q[1];
ry(pi*-0.000880186231) q[2];
ry(pi*0.001492840118) q[3];
ry(pi*-0.006670199103) q[4];
ry(pi*0.189532000725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014238246732) q[0];
ry(pi*-0.232426063032) q[1];
ry(pi*0.096195160528) q[2];
ry(pi*-0.515705730346) q[3];
ry(pi*-0.477319346246) q[4];
ry(pi*-0.007830120564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003505000211) q[0];
ry(pi*0.004286519112) q[1];
ry(pi*-0.013602647826) q[2];
ry(pi*0.00926545458) q[3];
ry(pi*-0.009053705672) q[4];
ry(pi*-0.001483736608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
