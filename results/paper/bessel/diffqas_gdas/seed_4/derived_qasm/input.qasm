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
rx(pi*0.006763971909) q[0];
rx(pi*0.406542004264) q[1];
rx(pi*0.001444697512) q[2];
rx(pi*-0.018906937162) q[3];
rx(pi*-0.001385378475) q[4];
rx(pi*-0.002596402439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001230795938) q[0];
rx(pi*0.395153460678) q[1];
rx(pi*-0.018271499524) q[2];
rx(pi*-0.017118000339) q[3];
rx(pi*0.00064432259) q[4];
rx(pi*0.005065967316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014759087787) q[0];
rx(pi*0.388384819101) q[1];
rx(pi*-0.001759467551) q[2];
rx(pi*-0.015859862893) q[3];
rx(pi*0.002177579626) q[4];
rx(pi*0.005912451869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000686316025) q[0];
rx(pi*0.409060105283) q[1];
rx(pi*-0.01413494605) q[2];
rx(pi*-0.013089684018) q[3];
rx(pi*0.003724909772) q[4];
rx(pi*-6.2240099e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006503784983) q[0];
rx(pi*0.401707368696) q[1];
rx(pi*-0.000262476088) q[2];
rx(pi*-0.018332010732) q[3];
rx(pi*-0.000203679283) q[4];
rx(pi*0.002594553189) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
