// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rx(pi*-0.000221180068) q[0];
rx(pi*-0.000857311767) q[1];
rx(pi*-0.083291367934) q[2];
rx(pi*0.126747422) q[3];
rx(pi*0.072891266558) q[4];
rx(pi*0.001256805945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9687098e-05) q[0];
rx(pi*-0.000292785849) q[1];
rx(pi*0.247680968006) q[2];
rx(pi*-0.254866383931) q[3];
rx(pi*0.113902767461) q[4];
rx(pi*-0.005161604786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.03357402491) q[0];
rx(pi*0.022084657771) q[1];
rx(pi*0.505309385574) q[2];
rx(pi*-0.245396402538) q[3];
rx(pi*0.076348072729) q[4];
rx(pi*0.000340431569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.2741978e-05) q[0];
rx(pi*-0.003960512464) q[1];
rx(pi*-0.211206790228) q[2];
rx(pi*0.247957306076) q[3];
rx(pi*0.117882699718) q[4];
rx(pi*-0.003627276012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008950116248) q[0];
rx(pi*-0.000801280722) q[1];
rx(pi*-0.082071221044) q[2];
rx(pi*0.124311757569) q[3];
rx(pi*0.07761249727) q[4];
rx(pi*-0.000444407933) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
