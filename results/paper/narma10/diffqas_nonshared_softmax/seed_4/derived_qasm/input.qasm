// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.001039627496) q[0];
rx(pi*0.000670527882) q[1];
rx(pi*-0.004724169116) q[2];
rx(pi*0.003133404125) q[3];
rx(pi*0.000568862933) q[4];
rx(pi*0.003204924565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003103629658) q[0];
rx(pi*-0.003119982388) q[1];
rx(pi*-0.002532974171) q[2];
rx(pi*-0.000649868561) q[3];
rx(pi*0.002380828299) q[4];
rx(pi*0.002708713101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0021980112) q[0];
rx(pi*-0.001925172416) q[1];
rx(pi*-0.002539145354) q[2];
rx(pi*-0.001862314666) q[3];
rx(pi*-0.000757335689) q[4];
rx(pi*-0.000419580314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006601386726) q[0];
rx(pi*-0.001610322188) q[1];
rx(pi*-0.000912558259) q[2];
rx(pi*0.001457067151) q[3];
rx(pi*-0.00303373287) q[4];
rx(pi*-0.001173376622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.6984712e-05) q[0];
rx(pi*0.002465692361) q[1];
rx(pi*-0.004188601651) q[2];
rx(pi*0.004362888572) q[3];
rx(pi*-0.001121908893) q[4];
rx(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
