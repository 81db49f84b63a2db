// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093330939673) q[0];
ry(pi*-0.026559010346) q[1];
ry(pi*0.033193137513) q[2];
ry(pi*-0.005056130539) q[3];
ry(pi*-0.013219777778) q[4];
ry(pi*4.731e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000374503289) q[0];
ry(pi*0.000456125458) q[1];
ry(pi*-0.031931682208) q[2];
ry(pi*0.056255781139) q[3];
ry(pi*1.3436165e-05) q[4];
ry(pi*-1.0212003e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003522833704) q[0];
ry(pi*0.002365086402) q[1];
ry(pi*0.010470215165) q[2];
ry(pi*-1.2732901e-05) q[3];
ry(pi*0.000769131327) q[4];
ry(pi*1.2017722e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014499822819) q[0];
ry(pi*-0.031508907728) q[1];
ry(pi*3.941207e-06) q[2];
ry(pi*0.000136653402) q[3];
ry(pi*0.000157744093) q[4];
ry(pi*-7.955184e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018938424808) q[0];
ry(pi*1.645082e-06) q[1];
ry(pi*0.005762840489) q[2];
ry(pi*-0.000403223286) q[3];
ry(pi*-0.006900816409) q[4];
ry(pi*-0.001951411875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
