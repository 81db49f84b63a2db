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
rx(pi*-0.128461135436) q[0];
rx(pi*0.100293786294) q[1];
rx(pi*-0.035224585183) q[2];
rx(pi*-0.008649278432) q[3];
rx(pi*-0.012117394732) q[4];
rx(pi*0.000245492625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005250522347) q[0];
rx(pi*0.123509779524) q[1];
rx(pi*-0.037904248635) q[2];
rx(pi*-0.008982116752) q[3];
rx(pi*-0.008131375781) q[4];
rx(pi*0.004557254589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.173905210923) q[0];
rx(pi*0.10354288831) q[1];
rx(pi*-0.041705210963) q[2];
rx(pi*-0.00784979056) q[3];
rx(pi*-0.012882762489) q[4];
rx(pi*0.002941031432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.03231801004) q[0];
rx(pi*0.116532712828) q[1];
rx(pi*-0.034473001127) q[2];
rx(pi*-0.005478069625) q[3];
rx(pi*-0.013172973195) q[4];
rx(pi*-0.000903323348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.104383039523) q[0];
rx(pi*0.107338955669) q[1];
rx(pi*-0.04104787166) q[2];
rx(pi*-0.005908267193) q[3];
rx(pi*-0.01223066085) q[4];
rx(pi*-0.003484442349) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
