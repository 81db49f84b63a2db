// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.077202856674) q[0];
ry(pi*0.001282280861) q[1];
ry(pi*0.003214398785) q[2];
ry(pi*0.001659223259) q[3];
ry(pi*0.02644895418) q[4];
ry(pi*0.053196031888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058908835312) q[0];
ry(pi*0.005559140176) q[1];
ry(pi*0.018617104725) q[2];
ry(pi*0.013486089937) q[3];
ry(pi*-0.064933408413) q[4];
ry(pi*0.008743007363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004240909516) q[0];
ry(pi*-0.003450694574) q[1];
ry(pi*0.013471303051) q[2];
ry(pi*0.00865293365) q[3];
ry(pi*-0.045470053922) q[4];
ry(pi*-0.045543075285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031204798298) q[0];
ry(pi*0.492484529097) q[1];
ry(pi*-0.047278640583) q[2];
ry(pi*0.581679020831) q[3];
ry(pi*0.466528064758) q[4];
ry(pi*0.166449812798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.033936919027) q[0];
ry(pi*0.013146703054) q[1];
ry(pi*-0.10242024237) q[2];
ry(pi*-0.052357279915) q[3];
ry(pi*0.042743983129) q[4];
ry(pi*0.001175813731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
