// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.002086018924) q[0];
rx(pi*-0.07505723338) q[1];
rx(pi*0.005304335582) q[2];
rx(pi*0.003770122423) q[3];
rx(pi*-0.005239902352) q[4];
rx(pi*-1.6618009e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004854031941) q[0];
rx(pi*-0.072446583298) q[1];
rx(pi*-0.001593543016) q[2];
rx(pi*0.002253675463) q[3];
rx(pi*0.000735938579) q[4];
rx(pi*0.005015292885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00608204096) q[0];
rx(pi*-0.070528196603) q[1];
rx(pi*-0.004748601864) q[2];
rx(pi*0.007958571402) q[3];
rx(pi*-0.006112817129) q[4];
rx(pi*0.003507120415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00318926938) q[0];
rx(pi*-0.077270930893) q[1];
rx(pi*0.000884723089) q[2];
rx(pi*-0.00140598199) q[3];
rx(pi*0.001196879335) q[4];
rx(pi*-0.000350353205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007639494253) q[0];
rx(pi*-0.081059726946) q[1];
rx(pi*-1.29125e-06) q[2];
rx(pi*-0.001167549913) q[3];
rx(pi*0.002454520377) q[4];
rx(pi*-0.006742004432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
