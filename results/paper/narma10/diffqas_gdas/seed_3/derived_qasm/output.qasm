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
ry(pi*0.030359911972) q[0];
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
rx(pi*3.8445633e-05) q[0];
rx(pi*0.022036386358) q[1];
rx(pi*-0.007776842717) q[2];
rx(pi*-0.168364200986) q[3];
rx(pi*0.001817911469) q[4];
rx(pi*0.00697048256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000504061291) q[0];
rx(pi*-0.087663419454) q[1];
rx(pi*-0.011161494342) q[2];
rx(pi*-0.222975851242) q[3];
rx(pi*-0.000447532063) q[4];
rx(pi*-0.002524283467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000486803613) q[0];
rx(pi*0.008117190687) q[1];
rx(pi*0.002812189874) q[2];
rx(pi*-0.158315655139) q[3];
rx(pi*-0.004035033266) q[4];
rx(pi*0.00036190242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000591023213) q[0];
rx(pi*0.035758141537) q[1];
rx(pi*0.001969485788) q[2];
rx(pi*-0.215333704361) q[3];
rx(pi*-0.001288112905) q[4];
rx(pi*5.5913818e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000345524603) q[0];
rx(pi*0.022789305621) q[1];
rx(pi*0.003999965996) q[2];
rx(pi*-0.160954584102) q[3];
rx(pi*-0.001583278611) q[4];
rx(pi*-0.000620613659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
