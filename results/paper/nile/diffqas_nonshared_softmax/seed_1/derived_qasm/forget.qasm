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
rx(pi*-0.007232897005) q[0];
rx(pi*-0.107450041106) q[1];
rx(pi*-0.002036674513) q[2];
rx(pi*0.062807502547) q[3];
rx(pi*-0.002077021099) q[4];
rx(pi*-0.005587111342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.236618812599) q[0];
rx(pi*-0.047520348645) q[1];
rx(pi*-0.031855186461) q[2];
rx(pi*0.060214482891) q[3];
rx(pi*-0.001493767856) q[4];
rx(pi*-0.001646336317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015279213807) q[0];
rx(pi*-0.141754808508) q[1];
rx(pi*0.006329894414) q[2];
rx(pi*0.056841683303) q[3];
rx(pi*0.000585560062) q[4];
rx(pi*-0.003125014317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.244090792905) q[0];
rx(pi*-0.101301666084) q[1];
rx(pi*-0.034558352404) q[2];
rx(pi*0.064517829348) q[3];
rx(pi*-0.00147064393) q[4];
rx(pi*0.004344047744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001943999607) q[0];
rx(pi*-0.102146968398) q[1];
rx(pi*0.00479949122) q[2];
rx(pi*0.061390835936) q[3];
rx(pi*0.003091295297) q[4];
rx(pi*0.001325026165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
