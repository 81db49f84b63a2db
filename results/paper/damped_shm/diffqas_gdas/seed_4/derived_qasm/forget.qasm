// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*-0.005778064933) q[0];
rx(pi*0.00399636651) q[1];
rx(pi*0.014148804456) q[2];
rx(pi*0.299359260713) q[3];
rx(pi*-0.007353193119) q[4];
rx(pi*0.004957083606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008681874798) q[0];
rx(pi*0.050749666828) q[1];
rx(pi*-0.005280823604) q[2];
rx(pi*0.064935946018) q[3];
rx(pi*-0.002511833787) q[4];
rx(pi*0.000974992088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000480348024) q[0];
rx(pi*0.017823518563) q[1];
rx(pi*0.009135538097) q[2];
rx(pi*0.262727020974) q[3];
rx(pi*0.005505916876) q[4];
rx(pi*0.004249390631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009786820351) q[0];
rx(pi*-0.032724271114) q[1];
rx(pi*-0.013473347365) q[2];
rx(pi*0.026112481986) q[3];
rx(pi*0.006704313883) q[4];
rx(pi*-0.005139289871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000806674838) q[0];
rx(pi*-0.006835949771) q[1];
rx(pi*0.010636610906) q[2];
rx(pi*0.300493129034) q[3];
rx(pi*-0.002360310309) q[4];
rx(pi*-0.004828760538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
