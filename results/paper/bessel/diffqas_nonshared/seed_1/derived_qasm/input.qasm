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
ry(pi*0.188532042058) q[0];
ry(pi*-0.134977467927) q[1];
ry(pi*-0.080436861126) q[2];
ry(pi*-0.140190050115) q[3];
ry(pi*0.157904695937) q[4];
ry(pi*-2.621147e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.158171244069) q[0];
ry(pi*0.254264947829) q[1];
ry(pi*0.160902807473) q[2];
ry(pi*-0.018948147156) q[3];
ry(pi*0.065736586484) q[4];
ry(pi*-1.0010941e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121452431683) q[0];
ry(pi*-0.100687338) q[1];
ry(pi*0.112353794394) q[2];
ry(pi*0.163574625695) q[3];
ry(pi*-0.130262417588) q[4];
ry(pi*-1.0017063e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060134972848) q[0];
ry(pi*0.046098654256) q[1];
ry(pi*-0.11826932637) q[2];
ry(pi*-0.206575371761) q[3];
ry(pi*-0.140728306967) q[4];
ry(pi*1.8388794e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048406338017) q[0];
ry(pi*-0.121849758965) q[1];
ry(pi*-0.125092030791) q[2];
ry(pi*-0.177340928885) q[3];
ry(pi*-0.131996099841) q[4];
ry(pi*-0.000312123489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
