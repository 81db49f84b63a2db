// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026489285499) q[0];
ry(pi*-0.001051052351) q[1];
ry(pi*0.170255195776) q[2];
ry(pi*0.855805475748) q[3];
ry(pi*0.217822397622) q[4];
ry(pi*0.165266463552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225407778041) q[0];
ry(pi*-0.085641503219) q[1];
ry(pi*-0.183976457664) q[2];
ry(pi*0.143127372968) q[3];
ry(pi*0.120424194135) q[4];
ry(pi*-0.285906444233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153854431705) q[0];
ry(pi*0.000777571384) q[1];
ry(pi*-0.2675485274) q[2];
ry(pi*-0.034608722678) q[3];
ry(pi*-0.5468704416) q[4];
ry(pi*-0.177804641811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075669839688) q[0];
ry(pi*0.067010554317) q[1];
ry(pi*0.085765101183) q[2];
ry(pi*0.156583471733) q[3];
ry(pi*0.077583184374) q[4];
ry(pi*-0.158234091296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.169639454223) q[0];
ry(pi*-0.419243613772) q[1];
ry(pi*0.507185752376) q[2];
ry(pi*0.05828377814) q[3];
ry(pi*0.010620772219) q[4];
ry(pi*-0.000927330322) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
