// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.001442001455) q[0];
ry(pi*0.00042528596) q[1];
ry(pi*-0.00018838686) q[2];
ry(pi*0.003399602744) q[3];
ry(pi*2.2026153e-05) q[4];
ry(pi*0.000138517242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000525025769) q[0];
ry(pi*-0.003406736497) q[1];
ry(pi*-8.9894287e-05) q[2];
ry(pi*-2.7405523e-05) q[3];
ry(pi*0.002588959193) q[4];
ry(pi*0.002699040853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.9422052e-05) q[0];
ry(pi*-8.2062312e-05) q[1];
ry(pi*-0.002770088161) q[2];
ry(pi*-7.7815946e-05) q[3];
ry(pi*-0.000816277716) q[4];
ry(pi*-2.0285279e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007109041129) q[0];
ry(pi*-6.7994238e-05) q[1];
ry(pi*-3.8074842e-05) q[2];
ry(pi*5.9496767e-05) q[3];
ry(pi*-0.000126268972) q[4];
ry(pi*-4.5545809e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.103335e-06) q[0];
ry(pi*0.002687779342) q[1];
ry(pi*-0.004178323164) q[2];
ry(pi*0.004365522523) q[3];
ry(pi*-0.00112190667) q[4];
ry(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
