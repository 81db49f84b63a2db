// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.168575139995) q[0];
rx(pi*0.002624033578) q[1];
rx(pi*-0.005989960287) q[2];
rx(pi*-0.000394465288) q[3];
rx(pi*-0.000787816816) q[4];
rx(pi*-0.000736275123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.0637847e-05) q[0];
rx(pi*-0.003092610346) q[1];
rx(pi*-0.00378746885) q[2];
rx(pi*0.004134524576) q[3];
rx(pi*0.003719159547) q[4];
rx(pi*-0.001851540072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168856600707) q[0];
rx(pi*-0.001216934345) q[1];
rx(pi*-0.006412530217) q[2];
rx(pi*-0.006372504241) q[3];
rx(pi*-0.003543618942) q[4];
rx(pi*0.001467139012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000309452945) q[0];
rx(pi*0.006677719426) q[1];
rx(pi*0.000638143107) q[2];
rx(pi*-0.001084691996) q[3];
rx(pi*-0.0007014648) q[4];
rx(pi*-0.000672356455) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.162503101823) q[0];
rx(pi*0.000558977909) q[1];
rx(pi*-0.002113557571) q[2];
rx(pi*-0.002297271725) q[3];
rx(pi*0.004133283344) q[4];
rx(pi*-0.001107295579) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
