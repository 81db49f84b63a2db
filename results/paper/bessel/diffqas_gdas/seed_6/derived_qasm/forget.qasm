// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.312469163752) q[0];
rx(pi*0.006639848636) q[1];
rx(pi*-0.034445300916) q[2];
rx(pi*0.040161056974) q[3];
rx(pi*0.118085015613) q[4];
rx(pi*0.004305491563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.058642647662) q[0];
rx(pi*0.187377740088) q[1];
rx(pi*-0.184375037147) q[2];
rx(pi*0.141986038871) q[3];
rx(pi*0.120097654174) q[4];
rx(pi*-0.003418064413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021188707707) q[0];
rx(pi*-0.004575464277) q[1];
rx(pi*-0.039607925487) q[2];
rx(pi*0.044760183824) q[3];
rx(pi*0.118972124377) q[4];
rx(pi*0.005727021127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.260653830888) q[0];
rx(pi*0.334420822562) q[1];
rx(pi*-0.220644783569) q[2];
rx(pi*0.136918835362) q[3];
rx(pi*0.119786510599) q[4];
rx(pi*0.000895589953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.034926252955) q[0];
rx(pi*-0.029985626133) q[1];
rx(pi*-0.025187366066) q[2];
rx(pi*0.037855436499) q[3];
rx(pi*0.11870409637) q[4];
rx(pi*0.001255806615) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
