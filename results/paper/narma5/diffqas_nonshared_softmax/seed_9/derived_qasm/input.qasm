// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.040555595262) q[0];
rx(pi*0.005163203833) q[1];
rx(pi*-0.000113735629) q[2];
rx(pi*-0.006117090147) q[3];
rx(pi*0.005957446926) q[4];
rx(pi*-0.004962569102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.04815061858) q[0];
rx(pi*-0.007671924608) q[1];
rx(pi*-0.000333036052) q[2];
rx(pi*-1.5037677e-05) q[3];
rx(pi*-0.001926609454) q[4];
rx(pi*-0.000217745556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.047459593164) q[0];
rx(pi*0.001178689436) q[1];
rx(pi*0.002294524086) q[2];
rx(pi*0.000335711654) q[3];
rx(pi*0.000599536493) q[4];
rx(pi*-0.001812198597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042895722422) q[0];
rx(pi*0.003388057827) q[1];
rx(pi*0.00362511223) q[2];
rx(pi*-0.003784121939) q[3];
rx(pi*-0.001996059048) q[4];
rx(pi*0.000593619997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.040983525586) q[0];
rx(pi*-0.002076144202) q[1];
rx(pi*-0.00651539334) q[2];
rx(pi*0.000848613874) q[3];
rx(pi*-0.002234996052) q[4];
rx(pi*0.006587670023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
