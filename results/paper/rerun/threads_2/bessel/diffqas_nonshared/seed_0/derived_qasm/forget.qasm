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
rx(pi*0.008500114097) q[0];
rx(pi*-0.110131412106) q[1];
rx(pi*-0.015890532339) q[2];
rx(pi*-0.071617948542) q[3];
rx(pi*0.011975924439) q[4];
rx(pi*-0.003084587541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098010880942) q[0];
rx(pi*-0.179262166235) q[1];
rx(pi*0.173269870521) q[2];
rx(pi*-0.056580770077) q[3];
rx(pi*0.016842453195) q[4];
rx(pi*-0.00125580202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.145744815294) q[0];
rx(pi*0.020840204419) q[1];
rx(pi*-0.01626732518) q[2];
rx(pi*-0.070532138192) q[3];
rx(pi*0.017581753582) q[4];
rx(pi*0.002288473261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.374483942212) q[0];
rx(pi*-0.111207868892) q[1];
rx(pi*0.147393812687) q[2];
rx(pi*-0.062482134154) q[3];
rx(pi*0.012924019914) q[4];
rx(pi*0.000390099999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.155217585681) q[0];
rx(pi*-0.115233193448) q[1];
rx(pi*-0.022007830001) q[2];
rx(pi*-0.07238581833) q[3];
rx(pi*0.011383369954) q[4];
rx(pi*0.001169649663) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
