// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.000644356682) q[0];
ry(pi*0.012335233892) q[1];
ry(pi*-0.000781845885) q[2];
ry(pi*-0.000602007137) q[3];
ry(pi*0.000867465596) q[4];
ry(pi*-0.000558937777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000887100612) q[0];
ry(pi*-0.006556343052) q[1];
ry(pi*-0.003559812183) q[2];
ry(pi*4.7831455e-05) q[3];
ry(pi*0.001992713619) q[4];
ry(pi*0.001775978732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001176880503) q[0];
ry(pi*-0.002773057989) q[1];
ry(pi*-0.156537168742) q[2];
ry(pi*-0.000204975137) q[3];
ry(pi*-0.000112923469) q[4];
ry(pi*0.000119884883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.495925616346) q[0];
ry(pi*-0.499369397726) q[1];
ry(pi*-0.495310481921) q[2];
ry(pi*-0.007382449096) q[3];
ry(pi*-0.006379442338) q[4];
ry(pi*-0.003948651532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043072818792) q[0];
ry(pi*-0.51055216289) q[1];
ry(pi*-0.002089912636) q[2];
ry(pi*-0.495039285465) q[3];
ry(pi*-0.499247858304) q[4];
ry(pi*-0.006138402472) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
