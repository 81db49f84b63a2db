// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.012434102066) q[0];
ry(pi*-0.056661446943) q[1];
ry(pi*-0.003797919573) q[2];
ry(pi*-0.023356031081) q[3];
ry(pi*-0.500333820437) q[4];
ry(pi*-0.005539450614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023985404554) q[0];
ry(pi*0.495641670204) q[1];
ry(pi*-0.018449397493) q[2];
ry(pi*0.041427829392) q[3];
ry(pi*0.041199715303) q[4];
ry(pi*-0.007852245752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004053739506) q[0];
ry(pi*-0.000484656468) q[1];
ry(pi*0.05356939659) q[2];
ry(pi*-0.005066865557) q[3];
ry(pi*0.002213233718) q[4];
ry(pi*0.010941620355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017723832189) q[0];
ry(pi*0.076349751817) q[1];
ry(pi*0.049883186184) q[2];
ry(pi*-0.000810747531) q[3];
ry(pi*-0.00027976619) q[4];
ry(pi*0.000543602609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03130234668) q[0];
ry(pi*0.007852503663) q[1];
ry(pi*-0.018229757108) q[2];
ry(pi*-0.004536147704) q[3];
ry(pi*0.000900092126) q[4];
ry(pi*-0.00266133815) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
