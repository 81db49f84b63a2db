// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.025410359884) q[0];
rx(pi*-0.5791332196) q[1];
rx(pi*-0.683699659189) q[2];
rx(pi*-0.252569068777) q[3];
rx(pi*-0.256788361218) q[4];
rx(pi*-0.005483720539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.548320528706) q[0];
rx(pi*-0.204725168379) q[1];
rx(pi*-0.165492372059) q[2];
rx(pi*0.202086191984) q[3];
rx(pi*-0.003978718001) q[4];
rx(pi*-0.004103949994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.504154742095) q[0];
rx(pi*-0.242212149374) q[1];
rx(pi*-0.115793287932) q[2];
rx(pi*0.05007261484) q[3];
rx(pi*0.038217505301) q[4];
rx(pi*-0.467677509705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.506255935957) q[0];
rx(pi*0.288239086644) q[1];
rx(pi*-0.006105820335) q[2];
rx(pi*-0.01297201148) q[3];
rx(pi*0.110387079368) q[4];
rx(pi*-0.390045010416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.162362741436) q[0];
rx(pi*-0.021792622124) q[1];
rx(pi*-0.148462889074) q[2];
rx(pi*0.349273941658) q[3];
rx(pi*0.324525548056) q[4];
rx(pi*-0.412340038013) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
