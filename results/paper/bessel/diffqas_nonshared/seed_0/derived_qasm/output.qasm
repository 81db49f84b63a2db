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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042322636348) q[0];
ry(pi*-0.002374563883) q[1];
ry(pi*-0.001374603733) q[2];
ry(pi*0.001570022441) q[3];
ry(pi*0.042692007287) q[4];
ry(pi*-0.012853136543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001891980187) q[0];
ry(pi*0.003423506627) q[1];
ry(pi*-0.002668683568) q[2];
ry(pi*0.010266944704) q[3];
ry(pi*-0.003713719705) q[4];
ry(pi*-0.005601237146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031567801508) q[0];
ry(pi*0.006738755349) q[1];
ry(pi*-0.263162862934) q[2];
ry(pi*-0.00715036496) q[3];
ry(pi*-0.048263511172) q[4];
ry(pi*0.004290961699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.258045419589) q[0];
ry(pi*-0.04961764835) q[1];
ry(pi*-0.017600565062) q[2];
ry(pi*-0.009715462661) q[3];
ry(pi*-0.009664428341) q[4];
ry(pi*-0.002659123971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180902929455) q[0];
ry(pi*-0.352733394527) q[1];
ry(pi*-0.275684686685) q[2];
ry(pi*-0.50741323562) q[3];
ry(pi*-0.386873412075) q[4];
ry(pi*0.001543012808) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
