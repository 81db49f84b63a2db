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
rx(pi*0.053609248847) q[0];
rx(pi*-0.152667031777) q[1];
rx(pi*0.000534858877) q[2];
rx(pi*-0.004089688416) q[3];
rx(pi*-0.004091333116) q[4];
rx(pi*0.000306576313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076187786213) q[0];
rx(pi*-0.008422789478) q[1];
rx(pi*0.006700681194) q[2];
rx(pi*-0.003704718915) q[3];
rx(pi*-0.001234909022) q[4];
rx(pi*0.004256281295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.19366176077) q[0];
rx(pi*-0.154160130102) q[1];
rx(pi*0.002515609364) q[2];
rx(pi*-0.001060376715) q[3];
rx(pi*-0.000262739816) q[4];
rx(pi*0.001456949757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081297170883) q[0];
rx(pi*-0.009744167242) q[1];
rx(pi*0.005260481261) q[2];
rx(pi*-0.006744855087) q[3];
rx(pi*0.000713046181) q[4];
rx(pi*-0.000995237566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055860336902) q[0];
rx(pi*-0.148418056471) q[1];
rx(pi*0.004349781071) q[2];
rx(pi*-0.000495410385) q[3];
rx(pi*0.00027102622) q[4];
rx(pi*0.002634819881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
