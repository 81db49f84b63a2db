// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006383382148) q[0];
rx(pi*-0.112503166836) q[1];
rx(pi*0.108750660906) q[2];
rx(pi*-0.119989433622) q[3];
rx(pi*0.076581532389) q[4];
rx(pi*0.006136550257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.316969082104) q[0];
rx(pi*-0.073047013844) q[1];
rx(pi*-0.22785937958) q[2];
rx(pi*-0.067329500435) q[3];
rx(pi*0.085753053489) q[4];
rx(pi*-0.005296978306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079346070429) q[0];
rx(pi*-0.189971068052) q[1];
rx(pi*0.106506905818) q[2];
rx(pi*-0.099333490156) q[3];
rx(pi*0.070059840097) q[4];
rx(pi*-0.000174216144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182914571948) q[0];
rx(pi*-0.026165783549) q[1];
rx(pi*-0.135229397557) q[2];
rx(pi*-0.045993350763) q[3];
rx(pi*0.093001392531) q[4];
rx(pi*0.000665151406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.06479949876) q[0];
rx(pi*-0.098411775101) q[1];
rx(pi*0.104133860941) q[2];
rx(pi*-0.116267037442) q[3];
rx(pi*0.080952881917) q[4];
rx(pi*-0.003395236047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
