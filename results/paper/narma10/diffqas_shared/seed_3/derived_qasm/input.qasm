// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.029043560433) q[0];
ry(pi*-0.021424453583) q[1];
ry(pi*0.008485433933) q[2];
ry(pi*0.03673344749) q[3];
ry(pi*-0.151333579637) q[4];
ry(pi*0.01461948631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248705230763) q[0];
ry(pi*0.202625947683) q[1];
ry(pi*-0.058951969854) q[2];
ry(pi*0.03726524175) q[3];
ry(pi*0.040198338423) q[4];
ry(pi*0.046421764892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051787125131) q[0];
ry(pi*0.087246493323) q[1];
ry(pi*0.118344771501) q[2];
ry(pi*0.00243186914) q[3];
ry(pi*-0.056714954835) q[4];
ry(pi*0.116496569744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.260370434956) q[0];
ry(pi*0.186924348337) q[1];
ry(pi*-0.019140610266) q[2];
ry(pi*-0.048800093679) q[3];
ry(pi*-0.020984024962) q[4];
ry(pi*-0.028920645487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006798054672) q[0];
ry(pi*-0.034457320151) q[1];
ry(pi*0.06805134708) q[2];
ry(pi*0.003570260238) q[3];
ry(pi*-0.006370494316) q[4];
ry(pi*0.001564068111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
