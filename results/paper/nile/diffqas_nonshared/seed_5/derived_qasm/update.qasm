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
rx(pi*-0.100600414356) q[0];
rx(pi*0.040993842018) q[1];
rx(pi*-0.092220237077) q[2];
rx(pi*0.041931811975) q[3];
rx(pi*-0.01935225008) q[4];
rx(pi*0.002122374563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174303031497) q[0];
rx(pi*0.203375731699) q[1];
rx(pi*-0.103611806816) q[2];
rx(pi*0.050270253953) q[3];
rx(pi*-0.032398565955) q[4];
rx(pi*0.004181928876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064597718845) q[0];
rx(pi*0.044869471594) q[1];
rx(pi*-0.110348147289) q[2];
rx(pi*0.038863430125) q[3];
rx(pi*-0.030976900025) q[4];
rx(pi*0.000794595349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.30485697484) q[0];
rx(pi*0.187183041751) q[1];
rx(pi*-0.111499859479) q[2];
rx(pi*0.051730259063) q[3];
rx(pi*-0.026235553457) q[4];
rx(pi*-0.001342059838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026146248734) q[0];
rx(pi*0.023029951209) q[1];
rx(pi*-0.105915126845) q[2];
rx(pi*0.040075570516) q[3];
rx(pi*-0.024679598419) q[4];
rx(pi*-0.003373007398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
