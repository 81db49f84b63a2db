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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.28516034093) q[0];
ry(pi*0.011060287777) q[1];
ry(pi*0.032758730367) q[2];
ry(pi*0.007404423688) q[3];
ry(pi*-0.019638985216) q[4];
ry(pi*-0.011747702443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007110666264) q[0];
ry(pi*0.054565190739) q[1];
ry(pi*0.15688367752) q[2];
ry(pi*0.000684646719) q[3];
ry(pi*0.007645178963) q[4];
ry(pi*0.014347025795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007031996358) q[0];
ry(pi*-0.185421744665) q[1];
ry(pi*0.321636491874) q[2];
ry(pi*0.004447540822) q[3];
ry(pi*0.052699614688) q[4];
ry(pi*-0.020400190826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011476283057) q[0];
ry(pi*0.406237795227) q[1];
ry(pi*0.075357619408) q[2];
ry(pi*0.495250376256) q[3];
ry(pi*0.493305290162) q[4];
ry(pi*0.005566665242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047259278894) q[0];
ry(pi*-0.012979295829) q[1];
ry(pi*0.041291951316) q[2];
ry(pi*-0.05753723372) q[3];
ry(pi*-0.018319164996) q[4];
ry(pi*0.000782855739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
