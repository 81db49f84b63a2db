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
ry(pi*-0.011019752502) q[0];
ry(pi*0.286608511789) q[1];
ry(pi*0.102316290685) q[2];
ry(pi*0.144346438412) q[3];
ry(pi*-0.125655834448) q[4];
ry(pi*-0.015609764133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.197248217213) q[0];
ry(pi*0.320607220311) q[1];
ry(pi*-0.224955866164) q[2];
ry(pi*0.003725776293) q[3];
ry(pi*0.00820845494) q[4];
ry(pi*0.028162238357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248252541003) q[0];
ry(pi*0.032022865233) q[1];
ry(pi*0.02194080877) q[2];
ry(pi*-0.207771679394) q[3];
ry(pi*-0.074657785894) q[4];
ry(pi*-0.010637308154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.163405825158) q[0];
ry(pi*0.205670580396) q[1];
ry(pi*0.015921543295) q[2];
ry(pi*0.009947780399) q[3];
ry(pi*0.021865278261) q[4];
ry(pi*0.014987784102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180688233842) q[0];
ry(pi*0.118815124889) q[1];
ry(pi*0.21523633622) q[2];
ry(pi*0.2407076674) q[3];
ry(pi*-0.025987065009) q[4];
ry(pi*-0.001702004434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
