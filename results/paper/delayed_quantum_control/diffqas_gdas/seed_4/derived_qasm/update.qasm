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
rx(pi*-0.001459902835) q[0];
rx(pi*3.62437e-07) q[1];
rx(pi*0.003293285098) q[2];
rx(pi*0.247631885508) q[3];
rx(pi*0.183855696125) q[4];
rx(pi*0.001491532481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020378033029) q[0];
rx(pi*-0.014843303071) q[1];
rx(pi*0.000617503685) q[2];
rx(pi*0.506928899317) q[3];
rx(pi*-0.269886140671) q[4];
rx(pi*-0.001178683285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499374785986) q[0];
rx(pi*0.379252704399) q[1];
rx(pi*0.028970244993) q[2];
rx(pi*2.5448562e-05) q[3];
rx(pi*0.180727564348) q[4];
rx(pi*0.004400764698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006611810472) q[0];
rx(pi*-0.069673901206) q[1];
rx(pi*-0.00061348828) q[2];
rx(pi*0.000214441111) q[3];
rx(pi*-0.266654550502) q[4];
rx(pi*-0.000628621974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.306038635512) q[0];
rx(pi*-0.00503269801) q[1];
rx(pi*0.002874512978) q[2];
rx(pi*0.245293228736) q[3];
rx(pi*0.179088432784) q[4];
rx(pi*0.001338369935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
