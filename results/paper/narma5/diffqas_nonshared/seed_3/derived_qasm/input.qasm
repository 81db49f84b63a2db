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
rx(pi*-0.005291855071) q[0];
rx(pi*0.002376172268) q[1];
rx(pi*0.000175154035) q[2];
rx(pi*-0.000163135948) q[3];
rx(pi*0.00137535953) q[4];
rx(pi*-0.001777335136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002674289422) q[0];
rx(pi*-0.004198594656) q[1];
rx(pi*-0.005892199647) q[2];
rx(pi*0.004306929935) q[3];
rx(pi*-0.002863194845) q[4];
rx(pi*-0.002147541023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001904303728) q[0];
rx(pi*0.004246388786) q[1];
rx(pi*-0.001549522091) q[2];
rx(pi*-0.001733412335) q[3];
rx(pi*-0.000157250172) q[4];
rx(pi*-0.002912585947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000733506807) q[0];
rx(pi*0.000926536209) q[1];
rx(pi*0.000655642576) q[2];
rx(pi*0.002728615217) q[3];
rx(pi*0.002385638483) q[4];
rx(pi*0.005987492051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002043792851) q[0];
rx(pi*-0.00497310283) q[1];
rx(pi*0.002982794896) q[2];
rx(pi*-0.00369889606) q[3];
rx(pi*-0.004447343979) q[4];
rx(pi*0.002386413846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
