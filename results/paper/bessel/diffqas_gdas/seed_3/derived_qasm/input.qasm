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
rx(pi*-0.171199867857) q[0];
rx(pi*-0.242963868611) q[1];
rx(pi*0.005962091692) q[2];
rx(pi*0.029779494344) q[3];
rx(pi*0.000780081567) q[4];
rx(pi*0.002133063631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031169366692) q[0];
rx(pi*-0.105034573165) q[1];
rx(pi*-0.046714988708) q[2];
rx(pi*0.022796005372) q[3];
rx(pi*0.001368875297) q[4];
rx(pi*0.002229721332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.220770743641) q[0];
rx(pi*-0.295191023936) q[1];
rx(pi*0.003230259112) q[2];
rx(pi*0.027571389049) q[3];
rx(pi*0.004962945296) q[4];
rx(pi*0.002379112302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005247762405) q[0];
rx(pi*-0.099465407671) q[1];
rx(pi*-0.048290442988) q[2];
rx(pi*0.024967886949) q[3];
rx(pi*0.002347793632) q[4];
rx(pi*0.001854273185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168261975822) q[0];
rx(pi*-0.258024378812) q[1];
rx(pi*0.003882271224) q[2];
rx(pi*0.019993806429) q[3];
rx(pi*0.002685583246) q[4];
rx(pi*0.00156406989) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
