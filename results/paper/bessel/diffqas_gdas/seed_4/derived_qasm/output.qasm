// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.002831071019) q[0];
rx(pi*0.003186463192) q[1];
rx(pi*-0.000185786204) q[2];
rx(pi*0.014165334463) q[3];
rx(pi*-0.000737783976) q[4];
rx(pi*-0.002393166662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004820979636) q[0];
rx(pi*-0.007764807473) q[1];
rx(pi*0.021047109348) q[2];
rx(pi*0.017766799534) q[3];
rx(pi*0.001322356492) q[4];
rx(pi*-0.002779167214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.015797224366) q[0];
rx(pi*0.017006237811) q[1];
rx(pi*-0.002897499648) q[2];
rx(pi*0.019090590988) q[3];
rx(pi*-0.0044954562) q[4];
rx(pi*0.000207558803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003920545185) q[0];
rx(pi*-0.018637207537) q[1];
rx(pi*0.021277082766) q[2];
rx(pi*0.016940832821) q[3];
rx(pi*0.004732229865) q[4];
rx(pi*0.001946747691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00017686551) q[0];
rx(pi*0.005947888219) q[1];
rx(pi*-0.002904386755) q[2];
rx(pi*0.024367520435) q[3];
rx(pi*0.000563242367) q[4];
rx(pi*0.000202093855) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
