// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.499693528148) q[0];
ry(pi*-0.51984417991) q[1];
ry(pi*0.025046282342) q[2];
ry(pi*-0.388374801491) q[3];
ry(pi*-0.00299434426) q[4];
ry(pi*-0.012635572488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.482062039879) q[0];
ry(pi*-0.424949326131) q[1];
ry(pi*0.157166855266) q[2];
ry(pi*0.239076618227) q[3];
ry(pi*0.265891940908) q[4];
ry(pi*-0.492299317134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015172762463) q[0];
ry(pi*0.379912121218) q[1];
ry(pi*-0.002826114092) q[2];
ry(pi*-0.131178611574) q[3];
ry(pi*0.55447232831) q[4];
ry(pi*-0.496877782662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.381786021562) q[0];
ry(pi*-0.274236345071) q[1];
ry(pi*0.498303432869) q[2];
ry(pi*0.003533942248) q[3];
ry(pi*0.503776159887) q[4];
ry(pi*0.000419239954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001144879925) q[0];
ry(pi*-0.001920889615) q[1];
ry(pi*0.083026337622) q[2];
ry(pi*0.21595597254) q[3];
ry(pi*-0.118506798767) q[4];
ry(pi*-3.3914884e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
