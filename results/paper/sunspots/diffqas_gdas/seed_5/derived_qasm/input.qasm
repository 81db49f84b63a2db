// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.012017600451) q[0];
ry(pi*0.002270919468) q[1];
ry(pi*-0.001907566596) q[2];
ry(pi*-0.001457885795) q[3];
ry(pi*0.003247209484) q[4];
ry(pi*-0.003167161979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005437649372) q[0];
ry(pi*0.007652182871) q[1];
ry(pi*-0.004125089785) q[2];
ry(pi*0.001084698073) q[3];
ry(pi*-0.17333339128) q[4];
ry(pi*-0.000143682647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.9165272e-05) q[0];
ry(pi*-0.000546801926) q[1];
ry(pi*-9.096899e-06) q[2];
ry(pi*0.000726249731) q[3];
ry(pi*-0.000423696882) q[4];
ry(pi*-0.002436156833) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.127018627942) q[0];
ry(pi*-0.001505819553) q[1];
ry(pi*0.004812937562) q[2];
ry(pi*0.003073720307) q[3];
ry(pi*0.000341146382) q[4];
ry(pi*0.000178304104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000461275892) q[0];
ry(pi*-0.001029841041) q[1];
ry(pi*-0.004451524802) q[2];
ry(pi*-0.043240974255) q[3];
ry(pi*0.002261975003) q[4];
ry(pi*-0.001491458368) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
