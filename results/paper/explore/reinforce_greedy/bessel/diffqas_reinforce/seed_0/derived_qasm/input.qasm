// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002110800001) q[0];
rz(pi*0.005163904639) q[1];
rz(pi*0.005056494578) q[2];
rz(pi*0.00100383185) q[3];
rz(pi*0.001188430978) q[4];
rz(pi*-0.006163479701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019542841) q[0];
rz(pi*-1.6131949e-05) q[1];
rz(pi*-0.00537460471) q[2];
rz(pi*-0.001373159581) q[3];
rz(pi*0.003047625072) q[4];
rz(pi*-0.003943178487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115744521) q[0];
rz(pi*0.001511462166) q[1];
rz(pi*-0.000726999303) q[2];
rz(pi*-0.000453032641) q[3];
rz(pi*0.002641706988) q[4];
rz(pi*-0.004556283422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006496002599) q[0];
rz(pi*-0.002589145363) q[1];
rz(pi*-0.002435966512) q[2];
rz(pi*0.00388585144) q[3];
rz(pi*0.002514825552) q[4];
rz(pi*0.004218862294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329530754) q[0];
rz(pi*0.001198191123) q[1];
rz(pi*-0.004062829824) q[2];
rz(pi*-0.00150510096) q[3];
rz(pi*0.000631665099) q[4];
rz(pi*-5.4704412e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
