// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*5.70435e-07) q[0];
rx(pi*-0.190097085043) q[1];
rx(pi*-1.1167976e-05) q[2];
rx(pi*-0.002219822745) q[3];
rx(pi*-0.002351850391) q[4];
rx(pi*0.002732675385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.41285e-07) q[0];
rx(pi*-0.009458696166) q[1];
rx(pi*3.4322266e-05) q[2];
rx(pi*4.8377037e-05) q[3];
rx(pi*-0.00149570856) q[4];
rx(pi*0.002638090308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000359732042) q[0];
rx(pi*-0.010311208124) q[1];
rx(pi*1.620188e-06) q[2];
rx(pi*-0.000151032762) q[3];
rx(pi*0.005222206114) q[4];
rx(pi*0.000846938936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.5364e-07) q[0];
rx(pi*-0.093018932837) q[1];
rx(pi*-0.000110540527) q[2];
rx(pi*-5.165742e-06) q[3];
rx(pi*0.00149570856) q[4];
rx(pi*0.002166229032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.1495597e-05) q[0];
rx(pi*0.16993552395) q[1];
rx(pi*2.6249825e-05) q[2];
rx(pi*0.002121034613) q[3];
rx(pi*-0.002870355279) q[4];
rx(pi*-0.001944278566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
