// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.000101490628) q[0];
ry(pi*-0.001157881223) q[1];
ry(pi*-0.000933965966) q[2];
ry(pi*0.000782774956) q[3];
ry(pi*-0.000147357125) q[4];
ry(pi*-0.002222740843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*9.9643213e-05) q[0];
ry(pi*-0.002348182722) q[1];
ry(pi*0.000541957205) q[2];
ry(pi*-0.003320939657) q[3];
ry(pi*-0.001710420033) q[4];
ry(pi*-0.001491115525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.532723e-06) q[0];
ry(pi*-0.002307459201) q[1];
ry(pi*-0.00207623536) q[2];
ry(pi*-0.000222595446) q[3];
ry(pi*-0.003581359888) q[4];
ry(pi*0.00097185899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-8.410905e-06) q[0];
ry(pi*0.004335188064) q[1];
ry(pi*0.002547563918) q[2];
ry(pi*-0.001619559396) q[3];
ry(pi*0.00067424995) q[4];
ry(pi*0.000856607923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000151221618) q[0];
ry(pi*0.000885869606) q[1];
ry(pi*-0.002489571936) q[2];
ry(pi*0.000646096097) q[3];
ry(pi*-0.002817018142) q[4];
ry(pi*-0.001060016011) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
