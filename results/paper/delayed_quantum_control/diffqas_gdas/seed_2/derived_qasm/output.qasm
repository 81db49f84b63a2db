// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.021199612294) q[0];
rx(pi*-0.275569123679) q[1];
rx(pi*0.114458052354) q[2];
rx(pi*0.20919490109) q[3];
rx(pi*-0.006851981742) q[4];
rx(pi*-0.002408497679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005907685559) q[0];
rx(pi*-0.120790529434) q[1];
rx(pi*0.513325978603) q[2];
rx(pi*0.235333408943) q[3];
rx(pi*-0.004017605315) q[4];
rx(pi*0.006647396825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055424452253) q[0];
rx(pi*-0.074116711589) q[1];
rx(pi*0.113737979661) q[2];
rx(pi*0.221739188574) q[3];
rx(pi*-0.011920570262) q[4];
rx(pi*-0.003354109059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005530396463) q[0];
rx(pi*-0.258871056651) q[1];
rx(pi*0.499443922679) q[2];
rx(pi*0.244038655795) q[3];
rx(pi*-0.013774553964) q[4];
rx(pi*-0.006419349141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.034815435507) q[0];
rx(pi*-0.27057069638) q[1];
rx(pi*0.116402702075) q[2];
rx(pi*0.217500695712) q[3];
rx(pi*-0.008704493871) q[4];
rx(pi*0.001961816203) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
