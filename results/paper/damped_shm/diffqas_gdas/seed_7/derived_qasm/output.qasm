// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.572752494823) q[0];
ry(pi*-0.500001152279) q[1];
ry(pi*-0.002157862495) q[2];
ry(pi*-8.59778e-07) q[3];
ry(pi*0.500000013914) q[4];
ry(pi*-1.093577e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.24081317485) q[0];
ry(pi*0.004241497968) q[1];
ry(pi*-0.004241459133) q[2];
ry(pi*0.00363514496) q[3];
ry(pi*2.269e-09) q[4];
ry(pi*-2.634e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.003783e-05) q[0];
ry(pi*0.001850463368) q[1];
ry(pi*-7.1452e-08) q[2];
ry(pi*-2.56e-10) q[3];
ry(pi*0.005630290944) q[4];
ry(pi*-7.5978721e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.35991e-07) q[0];
ry(pi*-3.798e-09) q[1];
ry(pi*0.001917224021) q[2];
ry(pi*-0.000223611952) q[3];
ry(pi*-3.6808541e-05) q[4];
ry(pi*0.00113723502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.131063968746) q[0];
ry(pi*0.003901173416) q[1];
ry(pi*-0.002326618563) q[2];
ry(pi*0.00644981048) q[3];
ry(pi*-0.004000401183) q[4];
ry(pi*-0.003980780101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
