// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*0.004459084553) q[0];
rx(pi*7.218391e-06) q[1];
rx(pi*-0.355043895741) q[2];
rx(pi*0.25256356668) q[3];
rx(pi*0.168211546258) q[4];
rx(pi*0.000776264413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002494624319) q[0];
rx(pi*0.229860169661) q[1];
rx(pi*-0.502336242174) q[2];
rx(pi*-0.000255244951) q[3];
rx(pi*-0.256320967579) q[4];
rx(pi*-0.004189566889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.49934442959) q[0];
rx(pi*-0.001029543332) q[1];
rx(pi*-0.183174289891) q[2];
rx(pi*0.116195462751) q[3];
rx(pi*0.164262558553) q[4];
rx(pi*-0.001782312073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.032125057196) q[0];
rx(pi*0.014558094056) q[1];
rx(pi*0.000841452996) q[2];
rx(pi*-0.015359194611) q[3];
rx(pi*-0.25174187595) q[4];
rx(pi*-0.003098631525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499196366267) q[0];
rx(pi*-0.007176470867) q[1];
rx(pi*-0.367982247195) q[2];
rx(pi*0.254826503216) q[3];
rx(pi*0.16658971784) q[4];
rx(pi*-0.001053827338) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
