// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064223656895) q[0];
ry(pi*-0.041198600654) q[1];
ry(pi*0.507541263722) q[2];
ry(pi*-0.229850322805) q[3];
ry(pi*0.019108702847) q[4];
ry(pi*0.40851486646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088344076264) q[0];
ry(pi*-0.013567727298) q[1];
ry(pi*0.000543026275) q[2];
ry(pi*0.275568933951) q[3];
ry(pi*0.08647674049) q[4];
ry(pi*0.103390318959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018777885718) q[0];
ry(pi*-0.006012824819) q[1];
ry(pi*0.023060336065) q[2];
ry(pi*0.125921016543) q[3];
ry(pi*-0.252567266366) q[4];
ry(pi*0.003919981931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001805465792) q[0];
ry(pi*0.496379178853) q[1];
ry(pi*-0.187952993798) q[2];
ry(pi*-0.486296984837) q[3];
ry(pi*-0.04164958761) q[4];
ry(pi*-0.002199605949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002543863936) q[0];
ry(pi*-0.40626447091) q[1];
ry(pi*-0.489660321766) q[2];
ry(pi*-0.161333204255) q[3];
ry(pi*0.038238301804) q[4];
ry(pi*-0.005427369107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
