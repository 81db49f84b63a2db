// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.119195518994) q[0];
ry(pi*0.006769288429) q[1];
ry(pi*0.066196623441) q[2];
ry(pi*-0.037512885911) q[3];
ry(pi*-0.080310493139) q[4];
ry(pi*-0.020683010461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.173772003262) q[0];
ry(pi*0.225983600934) q[1];
ry(pi*-0.03373385608) q[2];
ry(pi*-0.37249495318) q[3];
ry(pi*0.239908269649) q[4];
ry(pi*0.001096176808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.247017225401) q[0];
ry(pi*0.119606411791) q[1];
ry(pi*0.349263127192) q[2];
ry(pi*-0.408884759149) q[3];
ry(pi*-0.110917083075) q[4];
ry(pi*0.043277890479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052491853614) q[0];
ry(pi*0.271784553805) q[1];
ry(pi*-0.145943089994) q[2];
ry(pi*0.267996056573) q[3];
ry(pi*0.241053901073) q[4];
ry(pi*0.073299270754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123088584526) q[0];
ry(pi*0.033817433405) q[1];
ry(pi*-0.280989504886) q[2];
ry(pi*0.140277656777) q[3];
ry(pi*0.011898341316) q[4];
ry(pi*-0.001415291235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
