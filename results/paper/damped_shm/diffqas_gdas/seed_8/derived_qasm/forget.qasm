// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000197809163) q[0];
ry(pi*-0.000161086484) q[1];
ry(pi*-0.319416414775) q[2];
ry(pi*0.465817497412) q[3];
ry(pi*-0.012327560601) q[4];
ry(pi*0.000421271483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.242423505784) q[0];
ry(pi*0.000929814937) q[1];
ry(pi*0.001870013154) q[2];
ry(pi*-0.000762437357) q[3];
ry(pi*-0.249853100971) q[4];
ry(pi*-0.499295555792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006161381434) q[0];
ry(pi*-0.019043378491) q[1];
ry(pi*0.124846096549) q[2];
ry(pi*0.001195382489) q[3];
ry(pi*-0.001188693781) q[4];
ry(pi*-0.000685574457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.361162341254) q[0];
ry(pi*-0.366937569762) q[1];
ry(pi*0.36322972568) q[2];
ry(pi*0.016762451047) q[3];
ry(pi*0.156879304302) q[4];
ry(pi*0.017567681733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.228178842706) q[0];
ry(pi*-0.261017026197) q[1];
ry(pi*-0.020676910723) q[2];
ry(pi*-0.008600420049) q[3];
ry(pi*-0.122030474387) q[4];
ry(pi*0.001280437688) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
