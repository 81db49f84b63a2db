// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.034195463031) q[0];
ry(pi*-0.147678109825) q[1];
ry(pi*-0.11522274895) q[2];
ry(pi*-0.004263130754) q[3];
ry(pi*0.205834030618) q[4];
ry(pi*0.026530681663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062828130667) q[0];
ry(pi*0.107742373203) q[1];
ry(pi*0.128612974336) q[2];
ry(pi*-0.061805864792) q[3];
ry(pi*0.027758925173) q[4];
ry(pi*-0.010687933374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043518592985) q[0];
ry(pi*0.040074071669) q[1];
ry(pi*0.165429458427) q[2];
ry(pi*-0.112480257243) q[3];
ry(pi*-0.360391895916) q[4];
ry(pi*0.077540913092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017487748361) q[0];
ry(pi*0.253475738444) q[1];
ry(pi*0.078953125851) q[2];
ry(pi*0.36384212803) q[3];
ry(pi*0.326910763951) q[4];
ry(pi*0.418611517709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.241662300173) q[0];
ry(pi*0.10480981251) q[1];
ry(pi*-0.075236032555) q[2];
ry(pi*0.002112478793) q[3];
ry(pi*0.009959913471) q[4];
ry(pi*-0.001418554548) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
