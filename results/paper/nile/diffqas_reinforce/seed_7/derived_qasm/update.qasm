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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.378865394728) q[0];
rx(pi*0.006053010878) q[1];
rx(pi*0.001953605598) q[2];
rx(pi*0.001749390502) q[3];
rx(pi*-0.000553438237) q[4];
rx(pi*-0.004498046869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040608002734) q[0];
rx(pi*0.001303403458) q[1];
rx(pi*0.002869301105) q[2];
rx(pi*-0.00077493054) q[3];
rx(pi*-0.003729635765) q[4];
rx(pi*-0.004596295761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.203740691474) q[0];
rx(pi*-0.005292195988) q[1];
rx(pi*0.003558556127) q[2];
rx(pi*0.003661185649) q[3];
rx(pi*0.009004846104) q[4];
rx(pi*0.002792126193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00626346371) q[0];
rx(pi*-0.002781130004) q[1];
rx(pi*-0.009364629876) q[2];
rx(pi*-0.001903848382) q[3];
rx(pi*-0.000557342028) q[4];
rx(pi*0.003079362032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.375647806446) q[0];
rx(pi*0.000434823472) q[1];
rx(pi*0.001385250113) q[2];
rx(pi*0.002101948028) q[3];
rx(pi*0.004608556306) q[4];
rx(pi*-0.003389733357) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
