// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.342093970912) q[0];
rx(pi*-0.066555953053) q[1];
rx(pi*0.088536251225) q[2];
rx(pi*-0.017903415175) q[3];
rx(pi*-0.103085901223) q[4];
rx(pi*-0.003083819145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.062743331972) q[0];
rx(pi*-0.348109584132) q[1];
rx(pi*0.187330023628) q[2];
rx(pi*-0.045570064019) q[3];
rx(pi*-0.10630977897) q[4];
rx(pi*-0.001255762888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072549315983) q[0];
rx(pi*0.073912764037) q[1];
rx(pi*0.013637326452) q[2];
rx(pi*-0.018811511356) q[3];
rx(pi*-0.09747866691) q[4];
rx(pi*0.002288910672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.442663042289) q[0];
rx(pi*-0.155991910946) q[1];
rx(pi*0.131752926133) q[2];
rx(pi*-0.05324186056) q[3];
rx(pi*-0.110230288581) q[4];
rx(pi*0.000390519401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.274889007592) q[0];
rx(pi*-0.001813704263) q[1];
rx(pi*0.082418744863) q[2];
rx(pi*-0.018672511077) q[3];
rx(pi*-0.103678002733) q[4];
rx(pi*0.00116970836) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
