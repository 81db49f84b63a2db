// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.011316155438) q[0];
rx(pi*0.001389962469) q[1];
rx(pi*-0.000103839034) q[2];
rx(pi*-0.003357773764) q[3];
rx(pi*-0.002932795481) q[4];
rx(pi*0.003715384267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006356987498) q[0];
rx(pi*-0.002869675224) q[1];
rx(pi*-0.002190585445) q[2];
rx(pi*-0.004408133832) q[3];
rx(pi*-0.001499475244) q[4];
rx(pi*0.001886587925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008582029528) q[0];
rx(pi*-0.00113494243) q[1];
rx(pi*-0.001848476418) q[2];
rx(pi*-0.005685067639) q[3];
rx(pi*-0.000748488978) q[4];
rx(pi*-0.008635791773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006706617293) q[0];
rx(pi*0.00286708248) q[1];
rx(pi*-0.00505777346) q[2];
rx(pi*0.000730376229) q[3];
rx(pi*-0.001100309828) q[4];
rx(pi*-0.002730488776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006711943299) q[0];
rx(pi*-0.000253250645) q[1];
rx(pi*-0.003882168356) q[2];
rx(pi*0.00161375922) q[3];
rx(pi*-0.001210452484) q[4];
rx(pi*0.002025349413) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
