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
ry(pi*0.033300644217) q[0];
ry(pi*0.487478683454) q[1];
ry(pi*0.062839130118) q[2];
ry(pi*0.062618230416) q[3];
ry(pi*-0.007024369907) q[4];
ry(pi*0.006740793733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081985312442) q[0];
ry(pi*0.487880602141) q[1];
ry(pi*-0.509635741231) q[2];
ry(pi*0.526528278923) q[3];
ry(pi*-0.002592607) q[4];
ry(pi*0.001812037625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0723093629) q[0];
ry(pi*-0.012915228418) q[1];
ry(pi*0.022735826188) q[2];
ry(pi*-0.007911006131) q[3];
ry(pi*-0.005928205179) q[4];
ry(pi*-0.001033356558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002622908256) q[0];
ry(pi*0.001639951395) q[1];
ry(pi*-0.464687746177) q[2];
ry(pi*-0.005117709556) q[3];
ry(pi*-0.055994720873) q[4];
ry(pi*0.004999814088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.077519009055) q[0];
ry(pi*0.520908816674) q[1];
ry(pi*0.018769900563) q[2];
ry(pi*-0.024351011773) q[3];
ry(pi*-0.350286631039) q[4];
ry(pi*-0.002118083165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
