// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*0.001712083261) q[0];
ry(pi*0.000176979754) q[1];
ry(pi*-0.00011087444) q[2];
ry(pi*0.010792967691) q[3];
ry(pi*2.9522693e-05) q[4];
ry(pi*3.6100961e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000283229791) q[0];
ry(pi*0.001489059057) q[1];
ry(pi*6.1906839e-05) q[2];
ry(pi*-5.4162465e-05) q[3];
ry(pi*-0.003193734498) q[4];
ry(pi*0.000855482528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.98724e-07) q[0];
ry(pi*-1.1703964e-05) q[1];
ry(pi*-0.002667974165) q[2];
ry(pi*-3.0424457e-05) q[3];
ry(pi*0.001990407541) q[4];
ry(pi*-8.971702e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00495499275) q[0];
ry(pi*1.1471216e-05) q[1];
ry(pi*1.488293e-05) q[2];
ry(pi*-2.481329e-06) q[3];
ry(pi*6.81075e-06) q[4];
ry(pi*-6.768992e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.156416e-06) q[0];
ry(pi*-0.001979042865) q[1];
ry(pi*0.006477824928) q[2];
ry(pi*-5.8111002e-05) q[3];
ry(pi*-0.00441238521) q[4];
ry(pi*-0.001121634233) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
