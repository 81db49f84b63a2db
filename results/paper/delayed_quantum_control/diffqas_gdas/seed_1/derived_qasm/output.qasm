// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.001212950587) q[0];
rz(pi*-0.001744621079) q[1];
rz(pi*0.001523814018) q[2];
rz(pi*-0.00069498998) q[3];
rz(pi*-0.002826424474) q[4];
rz(pi*0.005385525898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000663693321) q[0];
rz(pi*0.000695497575) q[1];
rz(pi*-0.001148278271) q[2];
rz(pi*-0.002369786752) q[3];
rz(pi*-0.003628993343) q[4];
rz(pi*0.000850442521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00093375319) q[0];
rz(pi*-0.003041106154) q[1];
rz(pi*0.000104301485) q[2];
rz(pi*0.001491653432) q[3];
rz(pi*-0.001537155714) q[4];
rz(pi*-0.000546290254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003470990968) q[0];
rz(pi*-0.003250214293) q[1];
rz(pi*-0.006106977673) q[2];
rz(pi*0.003287072116) q[3];
rz(pi*-0.008662554612) q[4];
rz(pi*5.1674127e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004106800352) q[0];
rz(pi*0.001560189222) q[1];
rz(pi*-0.000999871734) q[2];
rz(pi*-0.003346085069) q[3];
rz(pi*0.00065051608) q[4];
rz(pi*-0.002642580921) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
