// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.081916650068) q[0];
rx(pi*-9.0723446e-05) q[1];
rx(pi*0.003392226495) q[2];
rx(pi*-0.004972345699) q[3];
rx(pi*-0.001173990939) q[4];
rx(pi*-0.001069733689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09022872467) q[0];
rx(pi*-0.001117183345) q[1];
rx(pi*-0.001774358193) q[2];
rx(pi*0.002255710735) q[3];
rx(pi*-0.003545878182) q[4];
rx(pi*0.00163406169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070127568063) q[0];
rx(pi*0.006041816957) q[1];
rx(pi*-0.000182692682) q[2];
rx(pi*-0.001522044216) q[3];
rx(pi*-0.004204824832) q[4];
rx(pi*-0.000575210947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085544609396) q[0];
rx(pi*-0.00274752986) q[1];
rx(pi*0.0037238722) q[2];
rx(pi*-0.001169362329) q[3];
rx(pi*0.00028261125) q[4];
rx(pi*0.000815693341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083333307193) q[0];
rx(pi*-0.001635251786) q[1];
rx(pi*0.000137907669) q[2];
rx(pi*0.000784806671) q[3];
rx(pi*0.001944876504) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
