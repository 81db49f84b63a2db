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
rx(pi*-0.026303643375) q[0];
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
ry(pi*0.220368407553) q[0];
ry(pi*0.170368899453) q[1];
ry(pi*0.092440947051) q[2];
ry(pi*0.139555506568) q[3];
ry(pi*-0.143016372907) q[4];
ry(pi*-0.001328434441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195717647711) q[0];
ry(pi*-0.234028918702) q[1];
ry(pi*0.115417210127) q[2];
ry(pi*-0.021063340533) q[3];
ry(pi*0.01217497465) q[4];
ry(pi*-0.000325887031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.109639647972) q[0];
ry(pi*0.070851558629) q[1];
ry(pi*-0.07672480035) q[2];
ry(pi*0.180268291045) q[3];
ry(pi*0.109062174451) q[4];
ry(pi*0.000368646343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002234004133) q[0];
ry(pi*-0.032870992116) q[1];
ry(pi*-0.133497868712) q[2];
ry(pi*0.130557121278) q[3];
ry(pi*-0.135745086326) q[4];
ry(pi*0.001791457827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052344065396) q[0];
ry(pi*0.136751334459) q[1];
ry(pi*0.113447677648) q[2];
ry(pi*0.183930372859) q[3];
ry(pi*0.186599610787) q[4];
ry(pi*0.002119445052) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
