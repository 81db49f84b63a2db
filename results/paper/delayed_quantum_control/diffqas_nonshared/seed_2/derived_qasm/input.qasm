// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000733358879) q[0];
ry(pi*0.106439125677) q[1];
ry(pi*0.505675825223) q[2];
ry(pi*-9.0100226e-05) q[3];
ry(pi*-6.6631678e-05) q[4];
ry(pi*0.008014506027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001175491416) q[0];
ry(pi*-0.066015675603) q[1];
ry(pi*0.068548599082) q[2];
ry(pi*-0.000163593962) q[3];
ry(pi*0.007925383916) q[4];
ry(pi*0.499077179466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.9579745e-05) q[0];
ry(pi*0.105959371293) q[1];
ry(pi*-0.817515890607) q[2];
ry(pi*0.000123205966) q[3];
ry(pi*-0.003002241666) q[4];
ry(pi*0.500053441171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.212755232059) q[0];
ry(pi*0.000298444693) q[1];
ry(pi*-5.2292019e-05) q[2];
ry(pi*-0.45685165987) q[3];
ry(pi*0.001943354386) q[4];
ry(pi*-0.045019621919) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.345778061113) q[0];
ry(pi*0.50466913123) q[1];
ry(pi*-0.056052839143) q[2];
ry(pi*-0.00833108648) q[3];
ry(pi*0.191927063476) q[4];
ry(pi*0.006143324714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
