// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*1.581487044452) q[0];
rz(pi*1.855377933733) q[1];
rz(pi*0.32245539361) q[2];
rz(pi*1.77182832773) q[3];
rz(pi*0.345308751226) q[4];
rz(pi*1.180479200963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009336412657) q[0];
rz(pi*1.689982929816) q[1];
rz(pi*0.824342361118) q[2];
rz(pi*0.433423048543) q[3];
rz(pi*1.892326676849) q[4];
rz(pi*0.171650527533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.703911099635) q[0];
rz(pi*0.932419328213) q[1];
rz(pi*0.528322076326) q[2];
rz(pi*0.71544857929) q[3];
rz(pi*1.687890159854) q[4];
rz(pi*0.393370743359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.113648911465) q[0];
rz(pi*0.424768022554) q[1];
rz(pi*1.238650328413) q[2];
rz(pi*0.500815766174) q[3];
rz(pi*0.630769222052) q[4];
rz(pi*1.05358081281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.503590113124) q[0];
rz(pi*1.459267943007) q[1];
rz(pi*0.449180067285) q[2];
rz(pi*1.674646119489) q[3];
rz(pi*1.401605361086) q[4];
rz(pi*0.258452878319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
