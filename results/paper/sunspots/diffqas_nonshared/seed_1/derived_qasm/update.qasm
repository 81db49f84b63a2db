// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.563250790995) q[0];
ry(pi*0.163133129856) q[1];
ry(pi*0.230102869049) q[2];
ry(pi*0.053369575611) q[3];
ry(pi*0.003113624146) q[4];
ry(pi*0.018137085907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042849542754) q[0];
ry(pi*-0.384411925734) q[1];
ry(pi*0.397188857051) q[2];
ry(pi*0.158708400502) q[3];
ry(pi*-0.273829474497) q[4];
ry(pi*-0.389156820205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048645750377) q[0];
ry(pi*-0.025972695524) q[1];
ry(pi*0.075307550327) q[2];
ry(pi*-0.066126315181) q[3];
ry(pi*-0.08625916102) q[4];
ry(pi*0.055778341429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095991051709) q[0];
ry(pi*0.073099838717) q[1];
ry(pi*-0.346222364919) q[2];
ry(pi*-0.189726110907) q[3];
ry(pi*0.113202843826) q[4];
ry(pi*0.023275192946) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032214907385) q[0];
ry(pi*0.321586631493) q[1];
ry(pi*0.290386270446) q[2];
ry(pi*-0.151875242097) q[3];
ry(pi*0.282969994127) q[4];
ry(pi*-0.004627796451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
