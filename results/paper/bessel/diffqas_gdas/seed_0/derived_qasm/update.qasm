// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.499584131284) q[0];
rx(pi*-0.008684812017) q[1];
rx(pi*0.057062749016) q[2];
rx(pi*-0.000846371681) q[3];
rx(pi*-0.00174768918) q[4];
rx(pi*0.014215793671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.010505033715) q[0];
rx(pi*0.000839380964) q[1];
rx(pi*0.016865748172) q[2];
rx(pi*0.001907349595) q[3];
rx(pi*-6.8118593e-05) q[4];
rx(pi*-0.200154216059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.45898336191) q[0];
rx(pi*0.217017592637) q[1];
rx(pi*0.000127747874) q[2];
rx(pi*-0.001616480475) q[3];
rx(pi*-0.500220249569) q[4];
rx(pi*0.500326876411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001380786477) q[0];
rx(pi*-0.00844073829) q[1];
rx(pi*0.008380791522) q[2];
rx(pi*0.104401462061) q[3];
rx(pi*-0.200413952975) q[4];
rx(pi*0.497135129012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.026948613349) q[0];
rx(pi*-0.005021646384) q[1];
rx(pi*-0.858182229797) q[2];
rx(pi*-0.500108841595) q[3];
rx(pi*0.085102487457) q[4];
rx(pi*-0.001952763831) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
