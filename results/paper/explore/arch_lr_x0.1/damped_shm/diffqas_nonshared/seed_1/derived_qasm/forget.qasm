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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.079656787118) q[0];
ry(pi*0.003888325012) q[1];
ry(pi*0.000963553299) q[2];
ry(pi*0.000178355408) q[3];
ry(pi*-0.000635530426) q[4];
ry(pi*-0.537873716425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000947410085) q[0];
ry(pi*-0.013490345761) q[1];
ry(pi*9.6158767e-05) q[2];
ry(pi*0.001087457793) q[3];
ry(pi*-0.00042729281) q[4];
ry(pi*-0.000414392454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000252806342) q[0];
ry(pi*-0.000218570222) q[1];
ry(pi*0.002871868652) q[2];
ry(pi*-0.082805931212) q[3];
ry(pi*-0.000951233538) q[4];
ry(pi*-0.085561333873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.304722818541) q[0];
ry(pi*0.489112274976) q[1];
ry(pi*0.028918430419) q[2];
ry(pi*0.035352212485) q[3];
ry(pi*0.000121780463) q[4];
ry(pi*0.001004651828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005250285188) q[0];
ry(pi*0.023148092138) q[1];
ry(pi*-0.164384306675) q[2];
ry(pi*0.487527443416) q[3];
ry(pi*0.498295464315) q[4];
ry(pi*0.002989568167) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
