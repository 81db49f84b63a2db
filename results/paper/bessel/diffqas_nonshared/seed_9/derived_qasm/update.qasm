// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.014610469512) q[0];
rx(pi*-0.094668840922) q[1];
rx(pi*0.066953389428) q[2];
rx(pi*0.003850693457) q[3];
rx(pi*0.000597300858) q[4];
rx(pi*-0.002624688434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.255658534093) q[0];
rx(pi*-0.108765924482) q[1];
rx(pi*0.067382742709) q[2];
rx(pi*-0.002959075701) q[3];
rx(pi*0.00421147893) q[4];
rx(pi*0.001825047891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031501143131) q[0];
rx(pi*-0.093501077787) q[1];
rx(pi*0.065509748313) q[2];
rx(pi*-0.001157567802) q[3];
rx(pi*-0.004932076932) q[4];
rx(pi*0.003198144773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.244664263177) q[0];
rx(pi*-0.108777222753) q[1];
rx(pi*0.074480978858) q[2];
rx(pi*-0.002379623381) q[3];
rx(pi*0.001896726635) q[4];
rx(pi*-0.000488100281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009160561966) q[0];
rx(pi*-0.094791547167) q[1];
rx(pi*0.069388958995) q[2];
rx(pi*-0.000404453624) q[3];
rx(pi*-0.000156202002) q[4];
rx(pi*0.000304423999) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
