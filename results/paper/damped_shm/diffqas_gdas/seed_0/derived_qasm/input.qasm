// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.00211063725) q[0];
rz(pi*0.005163842978) q[1];
rz(pi*0.005056327381) q[2];
rz(pi*0.001003830961) q[3];
rz(pi*0.001188394515) q[4];
rz(pi*-0.006163405589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019400101) q[0];
rz(pi*-1.6172501e-05) q[1];
rz(pi*-0.005374694238) q[2];
rz(pi*-0.001373144758) q[3];
rz(pi*0.00304758683) q[4];
rz(pi*-0.003943121569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115616455) q[0];
rz(pi*0.001511362856) q[1];
rz(pi*-0.000726996634) q[2];
rz(pi*-0.000453050539) q[3];
rz(pi*0.002641697206) q[4];
rz(pi*-0.004556309509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006495953389) q[0];
rz(pi*-0.002589164335) q[1];
rz(pi*-0.002435980297) q[2];
rz(pi*0.003885835136) q[3];
rz(pi*0.002514825552) q[4];
rz(pi*0.004218904686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329492512) q[0];
rz(pi*0.00119811664) q[1];
rz(pi*-0.004062886446) q[2];
rz(pi*-0.001505101553) q[3];
rz(pi*0.000631648202) q[4];
rz(pi*-5.4697162e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
