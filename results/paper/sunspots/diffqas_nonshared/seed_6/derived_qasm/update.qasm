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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028159228805) q[0];
ry(pi*-0.069002009806) q[1];
ry(pi*0.194109991935) q[2];
ry(pi*-0.037002488167) q[3];
ry(pi*-0.015629230172) q[4];
ry(pi*-0.00601299676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061119677426) q[0];
ry(pi*-0.084187801804) q[1];
ry(pi*0.266792653132) q[2];
ry(pi*-0.072476441659) q[3];
ry(pi*0.015727749722) q[4];
ry(pi*0.002366499131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.07340167616) q[0];
ry(pi*-0.029024516538) q[1];
ry(pi*0.296222629146) q[2];
ry(pi*-0.52000886336) q[3];
ry(pi*-0.013967877962) q[4];
ry(pi*-0.00561436688) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066359978799) q[0];
ry(pi*-0.184854706154) q[1];
ry(pi*0.130327313872) q[2];
ry(pi*-0.039297839642) q[3];
ry(pi*0.49981666128) q[4];
ry(pi*0.10839394479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020221616954) q[0];
ry(pi*0.250466338122) q[1];
ry(pi*-0.060007570847) q[2];
ry(pi*-0.014217121763) q[3];
ry(pi*-0.005243047678) q[4];
ry(pi*-9.7796742e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
