// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09350606762) q[0];
ry(pi*-0.003335608259) q[1];
ry(pi*-0.006882566405) q[2];
ry(pi*0.009261578211) q[3];
ry(pi*0.008219784635) q[4];
ry(pi*0.018475850247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043735057807) q[0];
ry(pi*0.471384708713) q[1];
ry(pi*0.032847456422) q[2];
ry(pi*-0.027325364686) q[3];
ry(pi*-0.045387603104) q[4];
ry(pi*0.018187724171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006337748539) q[0];
ry(pi*-0.016195427952) q[1];
ry(pi*-0.513922330008) q[2];
ry(pi*0.011878844446) q[3];
ry(pi*-0.508691581415) q[4];
ry(pi*0.062088933444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005788381365) q[0];
ry(pi*-0.013740449264) q[1];
ry(pi*0.060211869395) q[2];
ry(pi*0.011423669256) q[3];
ry(pi*0.002660286052) q[4];
ry(pi*-0.013405268403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000898650124) q[0];
ry(pi*0.004141659219) q[1];
ry(pi*-0.490629867119) q[2];
ry(pi*-0.003966924066) q[3];
ry(pi*0.505045246981) q[4];
ry(pi*0.002701665911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
