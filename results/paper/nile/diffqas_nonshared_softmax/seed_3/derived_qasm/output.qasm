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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.024039531431) q[0];
ry(pi*-0.149575887372) q[1];
ry(pi*0.023053949364) q[2];
ry(pi*0.009001973511) q[3];
ry(pi*0.320675066857) q[4];
ry(pi*-0.041361529125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020070767008) q[0];
ry(pi*-0.041517741243) q[1];
ry(pi*-0.257874854588) q[2];
ry(pi*-0.055269369013) q[3];
ry(pi*0.1046150952) q[4];
ry(pi*0.115590298505) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046563880259) q[0];
ry(pi*0.107008991127) q[1];
ry(pi*0.092350712663) q[2];
ry(pi*-0.07500488757) q[3];
ry(pi*0.004955754921) q[4];
ry(pi*0.080386896394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049666417798) q[0];
ry(pi*-0.048700306513) q[1];
ry(pi*-0.028703732435) q[2];
ry(pi*-0.063023009245) q[3];
ry(pi*-0.157277077443) q[4];
ry(pi*0.155562766366) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077237021849) q[0];
ry(pi*0.186879781352) q[1];
ry(pi*-0.354337502399) q[2];
ry(pi*0.090290537882) q[3];
ry(pi*0.111367448673) q[4];
ry(pi*-0.00284061935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
