// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.361779335009) q[0];
rx(pi*-0.317865164978) q[1];
rx(pi*0.0325430458) q[2];
rx(pi*0.145981813372) q[3];
rx(pi*-0.026455364597) q[4];
rx(pi*0.002837459499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134398248913) q[0];
rx(pi*-0.229585425301) q[1];
rx(pi*0.140009514934) q[2];
rx(pi*0.12959133253) q[3];
rx(pi*-0.023970380509) q[4];
rx(pi*-0.002488723498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.316477631021) q[0];
rx(pi*-0.20548548227) q[1];
rx(pi*0.077130200537) q[2];
rx(pi*0.153490923345) q[3];
rx(pi*-0.021761124991) q[4];
rx(pi*-0.003613584507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.330947936987) q[0];
rx(pi*-0.388888659389) q[1];
rx(pi*0.183539287611) q[2];
rx(pi*0.150945994861) q[3];
rx(pi*-0.028880688881) q[4];
rx(pi*-0.000606761589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.287159290654) q[0];
rx(pi*-0.35863274275) q[1];
rx(pi*0.025175171332) q[2];
rx(pi*0.140716221327) q[3];
rx(pi*-0.0230795436) q[4];
rx(pi*0.002877064517) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
