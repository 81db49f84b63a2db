// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.047201231772) q[0];
rx(pi*-0.003321556864) q[1];
rx(pi*0.000246620911) q[2];
rx(pi*0.003338381541) q[3];
rx(pi*0.003647241568) q[4];
rx(pi*-0.005579880354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040581611642) q[0];
rx(pi*-0.000637144444) q[1];
rx(pi*0.002767773189) q[2];
rx(pi*0.00564072892) q[3];
rx(pi*-0.000920082881) q[4];
rx(pi*-0.003909094835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024225950535) q[0];
rx(pi*-0.000334172823) q[1];
rx(pi*-0.001984084577) q[2];
rx(pi*-0.00279707393) q[3];
rx(pi*0.002065332849) q[4];
rx(pi*-0.004048161815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041891769991) q[0];
rx(pi*-0.00047543134) q[1];
rx(pi*0.000887531945) q[2];
rx(pi*0.000346057952) q[3];
rx(pi*-0.002932988469) q[4];
rx(pi*-0.011281228981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.04036008584) q[0];
rx(pi*0.000568604725) q[1];
rx(pi*0.002890042172) q[2];
rx(pi*0.005037824802) q[3];
rx(pi*0.001743110374) q[4];
rx(pi*0.004587562071) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
