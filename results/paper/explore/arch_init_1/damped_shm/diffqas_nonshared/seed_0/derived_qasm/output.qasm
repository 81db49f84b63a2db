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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048359295089) q[0];
ry(pi*-0.078081124138) q[1];
ry(pi*-0.52850121701) q[2];
ry(pi*0.483942998085) q[3];
ry(pi*0.003130756834) q[4];
ry(pi*-0.474629845424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.501327081724) q[0];
ry(pi*0.032540593572) q[1];
ry(pi*0.022341375649) q[2];
ry(pi*0.017136622091) q[3];
ry(pi*-1.9035298e-05) q[4];
ry(pi*-0.03389021998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052439887259) q[0];
ry(pi*-0.421025723963) q[1];
ry(pi*0.017684828963) q[2];
ry(pi*-0.002493397613) q[3];
ry(pi*-0.01838341502) q[4];
ry(pi*0.006596104002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084663998798) q[0];
ry(pi*-0.147587401118) q[1];
ry(pi*0.464237257256) q[2];
ry(pi*-0.000365727652) q[3];
ry(pi*0.027922916118) q[4];
ry(pi*1.015935010943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498391997656) q[0];
ry(pi*-0.496248153057) q[1];
ry(pi*-0.432965767378) q[2];
ry(pi*-0.017506804114) q[3];
ry(pi*-0.345212255832) q[4];
ry(pi*-6.1765331e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
