// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.000373088597) q[0];
rz(pi*0.000552895698) q[1];
rz(pi*0.000883497716) q[2];
rz(pi*0.003647288111) q[3];
rz(pi*0.001011175415) q[4];
rz(pi*-0.00525865632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548106124) q[0];
rz(pi*-0.003394902245) q[1];
rz(pi*0.001128418473) q[2];
rz(pi*-0.00085503111) q[3];
rz(pi*0.001122540997) q[4];
rz(pi*-0.001573642975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00231841285) q[0];
rz(pi*0.003238232706) q[1];
rz(pi*0.001282810319) q[2];
rz(pi*-0.000761854093) q[3];
rz(pi*-0.005293190871) q[4];
rz(pi*-0.004095377573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00376998072) q[0];
rz(pi*-0.000194774598) q[1];
rz(pi*-0.003051344323) q[2];
rz(pi*0.003406003971) q[3];
rz(pi*0.002363237893) q[4];
rz(pi*-0.00052500046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002711169479) q[0];
rz(pi*-0.001599861979) q[1];
rz(pi*0.000926452314) q[2];
rz(pi*6.6996135e-05) q[3];
rz(pi*-0.00067584418) q[4];
rz(pi*0.00373352755) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
