// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.123972126413) q[0];
ry(pi*0.013174859798) q[1];
ry(pi*0.001738599603) q[2];
ry(pi*0.034182421638) q[3];
ry(pi*0.25160018747) q[4];
ry(pi*-0.010020876467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.123046199407) q[0];
ry(pi*-0.481480525162) q[1];
ry(pi*0.111495476774) q[2];
ry(pi*0.000865583441) q[3];
ry(pi*-0.000140956676) q[4];
ry(pi*-0.007789463744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000298460516) q[0];
ry(pi*-0.002092527763) q[1];
ry(pi*-0.01865586842) q[2];
ry(pi*0.496917018304) q[3];
ry(pi*-0.016141171823) q[4];
ry(pi*0.000447504271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.141212093061) q[0];
ry(pi*-0.003043640202) q[1];
ry(pi*-0.003483689961) q[2];
ry(pi*0.004557350342) q[3];
ry(pi*-0.571826738572) q[4];
ry(pi*-0.000929535089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135275700548) q[0];
ry(pi*0.10644649659) q[1];
ry(pi*0.382712916178) q[2];
ry(pi*-0.001329159259) q[3];
ry(pi*0.575949288973) q[4];
ry(pi*-0.004790234002) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
