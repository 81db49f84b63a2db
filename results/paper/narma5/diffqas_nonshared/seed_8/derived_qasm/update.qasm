// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.016711752308) q[0];
ry(pi*-0.123846782955) q[1];
ry(pi*0.099667552811) q[2];
ry(pi*-0.001091007401) q[3];
ry(pi*-0.500401477255) q[4];
ry(pi*0.099141315195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017802488458) q[0];
ry(pi*0.467363776349) q[1];
ry(pi*0.035459821167) q[2];
ry(pi*0.216512215557) q[3];
ry(pi*0.21264048488) q[4];
ry(pi*-0.02074380626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004798143859) q[0];
ry(pi*0.008600230915) q[1];
ry(pi*-0.005121945222) q[2];
ry(pi*0.01386584134) q[3];
ry(pi*0.000129934168) q[4];
ry(pi*0.025321811699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011077065615) q[0];
ry(pi*0.084171570618) q[1];
ry(pi*-0.001778816048) q[2];
ry(pi*-0.001408119537) q[3];
ry(pi*0.022111184044) q[4];
ry(pi*-0.002647392291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002989024479) q[0];
ry(pi*0.083425600124) q[1];
ry(pi*0.048006615425) q[2];
ry(pi*0.011832058836) q[3];
ry(pi*0.00225656688) q[4];
ry(pi*-0.001548615846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
