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
rz(pi*0.032746182266) q[0];
rz(pi*0.623547511261) q[1];
rz(pi*0.649429185028) q[2];
rz(pi*0.323600285096) q[3];
rz(pi*0.238059204631) q[4];
rz(pi*1.332653083595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.705876903969) q[0];
rz(pi*1.996356073842) q[1];
rz(pi*1.168287161513) q[2];
rz(pi*0.569051442984) q[3];
rz(pi*0.722972108551) q[4];
rz(pi*0.989576476135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.69091547831) q[0];
rz(pi*1.227251425708) q[1];
rz(pi*0.201406739943) q[2];
rz(pi*1.492110679958) q[3];
rz(pi*0.456233148295) q[4];
rz(pi*0.263616406468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.456628454348) q[0];
rz(pi*0.831148265171) q[1];
rz(pi*0.878424709658) q[2];
rz(pi*1.785476715293) q[3];
rz(pi*0.095760191315) q[4];
rz(pi*0.671657959791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.447216046389) q[0];
rz(pi*0.106113781) q[1];
rz(pi*1.481620268303) q[2];
rz(pi*1.36281368115) q[3];
rz(pi*0.738107352406) q[4];
rz(pi*0.497123252072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
