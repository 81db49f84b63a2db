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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.095339518066) q[0];
rx(pi*0.103574126939) q[1];
rx(pi*0.014019821788) q[2];
rx(pi*-0.001070423304) q[3];
rx(pi*0.062840638451) q[4];
rx(pi*-0.001069487488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.224278823662) q[0];
rx(pi*0.105483278648) q[1];
rx(pi*-0.006704842155) q[2];
rx(pi*0.026572077826) q[3];
rx(pi*0.065030349667) q[4];
rx(pi*0.001635729069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090852112241) q[0];
rx(pi*0.086263059919) q[1];
rx(pi*0.068983748536) q[2];
rx(pi*0.002063047226) q[3];
rx(pi*0.059808409172) q[4];
rx(pi*-0.000576855092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.274816266078) q[0];
rx(pi*0.101808304852) q[1];
rx(pi*-0.005674143486) q[2];
rx(pi*0.021840101425) q[3];
rx(pi*0.068857086473) q[4];
rx(pi*0.000815672219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006319055047) q[0];
rx(pi*0.100674076049) q[1];
rx(pi*0.010766960797) q[2];
rx(pi*0.004686647246) q[3];
rx(pi*0.065959402433) q[4];
rx(pi*-0.005922742213) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
