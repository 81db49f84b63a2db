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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.063132856711) q[0];
ry(pi*0.081268816112) q[1];
ry(pi*0.086629281382) q[2];
ry(pi*0.101921790342) q[3];
ry(pi*0.094413923084) q[4];
ry(pi*-0.000893440993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061804290054) q[0];
ry(pi*-0.050397812479) q[1];
ry(pi*0.020060301166) q[2];
ry(pi*-0.023288689684) q[3];
ry(pi*0.004719479586) q[4];
ry(pi*0.002394225282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055640124962) q[0];
ry(pi*0.072610773456) q[1];
ry(pi*-0.068073203686) q[2];
ry(pi*0.027202862397) q[3];
ry(pi*0.003168506673) q[4];
ry(pi*-0.002878480061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087239928753) q[0];
ry(pi*-0.062319518734) q[1];
ry(pi*-0.04165866607) q[2];
ry(pi*0.019352189605) q[3];
ry(pi*-0.007206945251) q[4];
ry(pi*-0.000699369053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08833728402) q[0];
ry(pi*0.085896231329) q[1];
ry(pi*0.097463156689) q[2];
ry(pi*0.110702539244) q[3];
ry(pi*-0.014507256578) q[4];
ry(pi*-0.005564505313) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
