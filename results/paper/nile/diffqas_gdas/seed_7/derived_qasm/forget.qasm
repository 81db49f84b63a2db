// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.2563389e-05) q[0];
ry(pi*0.001076229335) q[1];
ry(pi*-0.000937718272) q[2];
ry(pi*-1.239983e-05) q[3];
ry(pi*-0.001628470362) q[4];
ry(pi*0.000692762757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001028675403) q[0];
ry(pi*-7.100134e-06) q[1];
ry(pi*-0.001827587867) q[2];
ry(pi*-0.001818585891) q[3];
ry(pi*3.0771062e-05) q[4];
ry(pi*-0.000286061492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002310482834) q[0];
ry(pi*0.001317794287) q[1];
ry(pi*-1.4870564e-05) q[2];
ry(pi*0.003336408078) q[3];
ry(pi*-3.2500071e-05) q[4];
ry(pi*0.001784236917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.772458e-06) q[0];
ry(pi*-0.002454801263) q[1];
ry(pi*0.000945462192) q[2];
ry(pi*0.001811605699) q[3];
ry(pi*-0.000710091546) q[4];
ry(pi*0.001444130256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000900536281) q[0];
ry(pi*-6.542875e-06) q[1];
ry(pi*-0.00126012247) q[2];
ry(pi*-0.001714710542) q[3];
ry(pi*-0.000154383184) q[4];
ry(pi*0.000360673564) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
