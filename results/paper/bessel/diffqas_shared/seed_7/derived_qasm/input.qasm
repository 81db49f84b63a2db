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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081829413374) q[0];
ry(pi*-0.204717503389) q[1];
ry(pi*0.122939060301) q[2];
ry(pi*0.391163074437) q[3];
ry(pi*0.137470240328) q[4];
ry(pi*-0.142142061262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.461353665225) q[0];
ry(pi*-0.132688633591) q[1];
ry(pi*-0.133418619545) q[2];
ry(pi*-0.058154146841) q[3];
ry(pi*0.157771953108) q[4];
ry(pi*0.100003304041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.198681911865) q[0];
ry(pi*-0.563309227058) q[1];
ry(pi*-0.038723980429) q[2];
ry(pi*0.445042035122) q[3];
ry(pi*-0.354089149132) q[4];
ry(pi*-0.053696940887) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.16218324027) q[0];
ry(pi*0.008255451029) q[1];
ry(pi*-0.092648831447) q[2];
ry(pi*-0.186814230509) q[3];
ry(pi*0.090533692616) q[4];
ry(pi*-0.095329244323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.193473949541) q[0];
ry(pi*0.037788789979) q[1];
ry(pi*-0.237792789308) q[2];
ry(pi*-0.101498631664) q[3];
ry(pi*-0.085923077767) q[4];
ry(pi*-0.002150769948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
