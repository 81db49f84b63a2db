// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.093180903184) q[0];
rx(pi*0.045252787502) q[1];
rx(pi*0.001764241716) q[2];
rx(pi*-0.005769655263) q[3];
rx(pi*0.011730683888) q[4];
rx(pi*-0.000746715693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.1239345414) q[0];
rx(pi*0.04452080941) q[1];
rx(pi*-0.004560793007) q[2];
rx(pi*-0.007009900815) q[3];
rx(pi*-0.000891139509) q[4];
rx(pi*-0.00229987277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070641093938) q[0];
rx(pi*0.042543915504) q[1];
rx(pi*0.00799339588) q[2];
rx(pi*0.004347538433) q[3];
rx(pi*-0.005339188519) q[4];
rx(pi*0.00150309726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.126685779543) q[0];
rx(pi*0.045542060243) q[1];
rx(pi*-0.001012066912) q[2];
rx(pi*0.001473448636) q[3];
rx(pi*0.002139661701) q[4];
rx(pi*-0.003920549928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086296783978) q[0];
rx(pi*0.04494498313) q[1];
rx(pi*0.005975786459) q[2];
rx(pi*-0.00560347593) q[3];
rx(pi*-0.006926214989) q[4];
rx(pi*0.000252946507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
