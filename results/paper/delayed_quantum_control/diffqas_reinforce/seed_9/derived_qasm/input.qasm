// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-7.31827e-07) q[0];
rx(pi*3.50846e-07) q[1];
rx(pi*1.71239e-07) q[2];
rx(pi*-4.81498e-07) q[3];
rx(pi*-5.0223374e-05) q[4];
rx(pi*7.254745e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.81861e-07) q[0];
rx(pi*-1.05184e-07) q[1];
rx(pi*2.71726e-07) q[2];
rx(pi*-1.787956e-05) q[3];
rx(pi*-1.2003e-08) q[4];
rx(pi*6.56936e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.10088e-07) q[0];
rx(pi*-3.50038e-07) q[1];
rx(pi*4.855212e-06) q[2];
rx(pi*2.845904e-05) q[3];
rx(pi*8.695434e-06) q[4];
rx(pi*-6.5181129e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.560492e-06) q[0];
rx(pi*2.9084708e-05) q[1];
rx(pi*9.828e-08) q[2];
rx(pi*7.5068e-08) q[3];
rx(pi*-1.60987e-07) q[4];
rx(pi*0.098879519736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.045940013626) q[0];
rx(pi*2.35746e-07) q[1];
rx(pi*-9.5078e-08) q[2];
rx(pi*-2.21081e-07) q[3];
rx(pi*-5.405835e-06) q[4];
rx(pi*-0.000213477633) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
