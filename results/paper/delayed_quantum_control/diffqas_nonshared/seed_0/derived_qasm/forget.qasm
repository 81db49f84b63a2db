// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*1.020527326577) q[0];
ry(pi*0.025110104294) q[1];
ry(pi*0.168894622094) q[2];
ry(pi*-0.507849912381) q[3];
ry(pi*0.008482372799) q[4];
ry(pi*-0.337396015018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000392859089) q[0];
ry(pi*0.157550541142) q[1];
ry(pi*0.254173840695) q[2];
ry(pi*-0.021140656852) q[3];
ry(pi*0.023532124267) q[4];
ry(pi*-0.16257910665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006234813675) q[0];
ry(pi*-0.009783924042) q[1];
ry(pi*0.026694063108) q[2];
ry(pi*0.00486472516) q[3];
ry(pi*-0.216559286944) q[4];
ry(pi*0.00082766722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.034387215849) q[0];
ry(pi*0.336587434457) q[1];
ry(pi*-0.178543137043) q[2];
ry(pi*-0.006136552629) q[3];
ry(pi*-0.002117449653) q[4];
ry(pi*0.001118317041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.036753575204) q[0];
ry(pi*-0.450263069669) q[1];
ry(pi*0.111790626324) q[2];
ry(pi*-0.002933658148) q[3];
ry(pi*-0.001457098722) q[4];
ry(pi*0.00070092215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
