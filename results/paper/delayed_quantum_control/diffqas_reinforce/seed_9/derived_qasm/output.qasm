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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00137380169) q[0];
ry(pi*0.000176773759) q[1];
ry(pi*-0.00689258283) q[2];
ry(pi*0.008443970772) q[3];
ry(pi*-0.000749785943) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013983222172) q[0];
ry(pi*-7.8774941e-05) q[1];
ry(pi*-0.002692401577) q[2];
ry(pi*0.004832727621) q[3];
ry(pi*-1.0e-12) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.5372307e-05) q[0];
ry(pi*7.986165e-06) q[1];
ry(pi*0.000329658754) q[2];
ry(pi*-1.0e-12) q[3];
ry(pi*-0.000167028993) q[4];
ry(pi*3.79e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020185348175) q[0];
ry(pi*0.000558046428) q[1];
ry(0) q[2];
ry(pi*5.0e-12) q[3];
ry(pi*2.861e-09) q[4];
ry(pi*2.465161e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.470655813692) q[0];
ry(0) q[1];
ry(pi*-0.000395135263) q[2];
ry(pi*-1.6634902e-05) q[3];
ry(pi*-0.000608737238) q[4];
ry(pi*-0.001829891722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
