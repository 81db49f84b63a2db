// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.130104099495) q[0];
ry(pi*0.21216341514) q[1];
ry(pi*0.461665956652) q[2];
ry(pi*0.081313553851) q[3];
ry(pi*0.500855836617) q[4];
ry(pi*-0.496085101263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016608280871) q[0];
ry(pi*-0.501548114235) q[1];
ry(pi*-0.0534707051) q[2];
ry(pi*0.062014887553) q[3];
ry(pi*-0.004110175723) q[4];
ry(pi*-0.021601080378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148808468187) q[0];
ry(pi*0.416347765345) q[1];
ry(pi*0.019971333209) q[2];
ry(pi*0.430048745366) q[3];
ry(pi*-0.002744088382) q[4];
ry(pi*-0.001187866836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061289436086) q[0];
ry(pi*-0.125943375926) q[1];
ry(pi*0.522508143414) q[2];
ry(pi*-0.412708033428) q[3];
ry(pi*0.01173201198) q[4];
ry(pi*0.026271385863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.694546530827) q[0];
ry(pi*0.278348232788) q[1];
ry(pi*0.057391418668) q[2];
ry(pi*-0.088887066817) q[3];
ry(pi*0.489512410225) q[4];
ry(pi*-0.005032291874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
