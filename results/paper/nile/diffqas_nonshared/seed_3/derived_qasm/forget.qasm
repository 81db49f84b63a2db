// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.10211860414) q[0];
rx(pi*-0.025072104252) q[1];
rx(pi*-0.134785672421) q[2];
rx(pi*0.032669726836) q[3];
rx(pi*-0.060954163919) q[4];
rx(pi*-0.002833051299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.059088564151) q[0];
rx(pi*-0.199029663357) q[1];
rx(pi*-0.043859205982) q[2];
rx(pi*0.042842608215) q[3];
rx(pi*-0.055225902448) q[4];
rx(pi*0.000566635969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134641498511) q[0];
rx(pi*-0.034073093551) q[1];
rx(pi*-0.135507443175) q[2];
rx(pi*0.023030430271) q[3];
rx(pi*-0.054871211673) q[4];
rx(pi*0.005532737819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.468628044364) q[0];
rx(pi*-0.313241715065) q[1];
rx(pi*-0.039466744529) q[2];
rx(pi*0.034097115422) q[3];
rx(pi*-0.054338917007) q[4];
rx(pi*-0.000855934168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017594649122) q[0];
rx(pi*0.076079081855) q[1];
rx(pi*-0.128408154038) q[2];
rx(pi*0.035553437447) q[3];
rx(pi*-0.053029346813) q[4];
rx(pi*-0.006077604895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
