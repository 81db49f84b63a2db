// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001243877796) q[0];
rz(pi*-0.004897578844) q[1];
rz(pi*0.003785609224) q[2];
rz(pi*-0.001468199707) q[3];
rz(pi*-0.002565206202) q[4];
rz(pi*0.000123363724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001434661818) q[0];
rz(pi*-0.000719394121) q[1];
rz(pi*0.002100973007) q[2];
rz(pi*-0.005621666645) q[3];
rz(pi*-0.000318512895) q[4];
rz(pi*0.002740740878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001526484432) q[0];
rz(pi*-0.000902801598) q[1];
rz(pi*0.001035969535) q[2];
rz(pi*0.005591829035) q[3];
rz(pi*-0.003594788443) q[4];
rz(pi*0.000833850408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000401722141) q[0];
rz(pi*0.002221848086) q[1];
rz(pi*-0.003632560219) q[2];
rz(pi*0.005098690562) q[3];
rz(pi*0.002774422248) q[4];
rz(pi*0.007381087208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000256669945) q[0];
rz(pi*-0.001915947362) q[1];
rz(pi*-0.005719484796) q[2];
rz(pi*-0.001502555054) q[3];
rz(pi*-0.004039088987) q[4];
rz(pi*-0.00640178512) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
