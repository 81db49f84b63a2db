// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.500378292557) q[0];
rx(pi*5.39538e-07) q[1];
rx(pi*0.000486382136) q[2];
rx(pi*-0.524232955907) q[3];
rx(pi*-0.000184273757) q[4];
rx(pi*-0.000182353933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001307516987) q[0];
rx(pi*0.000413748603) q[1];
rx(pi*-0.00047157676) q[2];
rx(pi*0.000589941544) q[3];
rx(pi*-0.000111331027) q[4];
rx(pi*7.814248e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.3731132e-05) q[0];
rx(pi*-3.2985319e-05) q[1];
rx(pi*-0.003228932206) q[2];
rx(pi*-0.49983426799) q[3];
rx(pi*0.002803742258) q[4];
rx(pi*0.513784208405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000206288518) q[0];
rx(pi*9.2310033e-05) q[1];
rx(pi*3.0141156e-05) q[2];
rx(pi*-3.514651e-05) q[3];
rx(pi*2.6624557e-05) q[4];
rx(pi*-0.002197357233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.050039061536) q[0];
rx(pi*0.005793298864) q[1];
rx(pi*0.491079027948) q[2];
rx(pi*0.001236739522) q[3];
rx(pi*6.2217782e-05) q[4];
rx(pi*-0.003386062724) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
