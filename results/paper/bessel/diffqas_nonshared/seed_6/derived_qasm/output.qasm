// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.19893908746) q[0];
ry(pi*0.315736422687) q[1];
ry(pi*0.194296911445) q[2];
ry(pi*0.404036728821) q[3];
ry(pi*-0.072005177579) q[4];
ry(pi*-0.103960630269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124411260145) q[0];
ry(pi*-0.077254533696) q[1];
ry(pi*0.172192370234) q[2];
ry(pi*-0.037509629713) q[3];
ry(pi*0.115652301444) q[4];
ry(pi*0.208419295164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020801440724) q[0];
ry(pi*-0.034263617884) q[1];
ry(pi*-0.128013852909) q[2];
ry(pi*0.225074977074) q[3];
ry(pi*-0.119759322651) q[4];
ry(pi*-0.230040714328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.230985424354) q[0];
ry(pi*0.39950167294) q[1];
ry(pi*0.008168319871) q[2];
ry(pi*0.484649998555) q[3];
ry(pi*0.471037659212) q[4];
ry(pi*0.023036577441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010359936069) q[0];
ry(pi*0.161474456361) q[1];
ry(pi*0.414772571941) q[2];
ry(pi*-0.107267504301) q[3];
ry(pi*-0.049983433439) q[4];
ry(pi*0.003096327818) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
