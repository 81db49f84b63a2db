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
rx(pi*0.053692842773) q[0];
rx(pi*-0.148898579252) q[1];
rx(pi*0.001177377871) q[2];
rx(pi*-0.004089437324) q[3];
rx(pi*-0.004094878056) q[4];
rx(pi*0.000298651337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076293350581) q[0];
rx(pi*-0.002632470225) q[1];
rx(pi*0.007351268571) q[2];
rx(pi*-0.003713105758) q[3];
rx(pi*-0.001233831059) q[4];
rx(pi*0.004249344385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.193772732372) q[0];
rx(pi*-0.150394163007) q[1];
rx(pi*0.003168870119) q[2];
rx(pi*-0.001064369812) q[3];
rx(pi*-0.000258464074) q[4];
rx(pi*0.001458973022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081391190335) q[0];
rx(pi*-0.00395808662) q[1];
rx(pi*0.005914198548) q[2];
rx(pi*-0.006746637339) q[3];
rx(pi*0.000710741659) q[4];
rx(pi*-0.00100098905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055942398779) q[0];
rx(pi*-0.144650505152) q[1];
rx(pi*0.005000674383) q[2];
rx(pi*-0.000496471636) q[3];
rx(pi*0.000270725972) q[4];
rx(pi*0.002634769188) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
