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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002785608758) q[0];
rx(pi*0.000809184354) q[1];
rx(pi*-0.000310020775) q[2];
rx(pi*-0.000824755347) q[3];
rx(pi*0.003352725234) q[4];
rx(pi*-0.007170350971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000452010373) q[0];
rx(pi*0.000104151649) q[1];
rx(pi*-0.00454413612) q[2];
rx(pi*0.001053530592) q[3];
rx(pi*-0.002076507945) q[4];
rx(pi*0.002742824026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000406911447) q[0];
rx(pi*0.002122044318) q[1];
rx(pi*0.003879717314) q[2];
rx(pi*0.001217067969) q[3];
rx(pi*-0.002787472237) q[4];
rx(pi*-0.004822449431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005577798688) q[0];
rx(pi*-0.000362406087) q[1];
rx(pi*-0.00220247365) q[2];
rx(pi*0.000451147668) q[3];
rx(pi*-0.000617292168) q[4];
rx(pi*0.002706963754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00010263332) q[0];
rx(pi*4.3762454e-05) q[1];
rx(pi*-0.002274696675) q[2];
rx(pi*0.001494760368) q[3];
rx(pi*-0.003293256342) q[4];
rx(pi*0.002119591943) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
