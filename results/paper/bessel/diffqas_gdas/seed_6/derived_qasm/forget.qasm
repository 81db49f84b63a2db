// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.243277658885) q[0];
rx(pi*0.252553359342) q[1];
rx(pi*-0.18384330692) q[2];
rx(pi*0.049039871265) q[3];
rx(pi*0.041914276413) q[4];
rx(pi*0.007146200441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02695034224) q[0];
rx(pi*0.295192389973) q[1];
rx(pi*0.026293024282) q[2];
rx(pi*0.030743520998) q[3];
rx(pi*0.038301666038) q[4];
rx(pi*-0.004486584661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003421916474) q[0];
rx(pi*0.42672555477) q[1];
rx(pi*-0.116293580316) q[2];
rx(pi*0.040813273635) q[3];
rx(pi*0.04099258033) q[4];
rx(pi*-0.001112593274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.205168940947) q[0];
rx(pi*0.275761014049) q[1];
rx(pi*0.030360328413) q[2];
rx(pi*0.027691152147) q[3];
rx(pi*0.042573057645) q[4];
rx(pi*-0.002935621531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.121732251252) q[0];
rx(pi*0.248992971455) q[1];
rx(pi*-0.176926032838) q[2];
rx(pi*0.053905124104) q[3];
rx(pi*0.035260405731) q[4];
rx(pi*0.000248005551) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
