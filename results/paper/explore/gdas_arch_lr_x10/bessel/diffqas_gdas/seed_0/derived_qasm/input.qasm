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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001803131699) q[0];
rz(pi*-0.000488146305) q[1];
rz(pi*-0.005541195514) q[2];
rz(pi*0.002790343644) q[3];
rz(pi*0.003061386836) q[4];
rz(pi*-0.001409178601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004391779323) q[0];
rz(pi*-0.002059279356) q[1];
rz(pi*0.003016722616) q[2];
rz(pi*0.00199098206) q[3];
rz(pi*-0.000956250644) q[4];
rz(pi*0.0028561189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003314944565) q[0];
rz(pi*-0.001949524975) q[1];
rz(pi*0.001510723711) q[2];
rz(pi*-0.00030562158) q[3];
rz(pi*-0.001875688229) q[4];
rz(pi*-0.007996304047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002136621021) q[0];
rz(pi*0.001030006238) q[1];
rz(pi*-0.00554747075) q[2];
rz(pi*0.001911006444) q[3];
rz(pi*-4.5606576e-05) q[4];
rz(pi*0.000887469543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003008564631) q[0];
rz(pi*-0.002355281346) q[1];
rz(pi*0.002271330939) q[2];
rz(pi*0.00217697902) q[3];
rz(pi*0.00242396536) q[4];
rz(pi*0.005207428122) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
