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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046909672815) q[0];
ry(pi*-0.004006016524) q[1];
ry(pi*-0.093352350418) q[2];
ry(pi*0.291487676395) q[3];
ry(pi*0.263605041792) q[4];
ry(pi*0.20213381358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.294030859387) q[0];
ry(pi*0.203602987271) q[1];
ry(pi*0.127530645484) q[2];
ry(pi*-0.14237764587) q[3];
ry(pi*0.113995677006) q[4];
ry(pi*-0.179680192785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01324222491) q[0];
ry(pi*0.070872988347) q[1];
ry(pi*-0.04225898278) q[2];
ry(pi*-0.096593047507) q[3];
ry(pi*0.093771003069) q[4];
ry(pi*0.06218584624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019586724783) q[0];
ry(pi*0.022005052865) q[1];
ry(pi*0.022643208349) q[2];
ry(pi*0.038282740722) q[3];
ry(pi*0.081596143442) q[4];
ry(pi*-0.155530332454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04018224479) q[0];
ry(pi*0.294046189367) q[1];
ry(pi*0.317207664406) q[2];
ry(pi*0.056953954538) q[3];
ry(pi*-0.294636564357) q[4];
ry(pi*0.001611227396) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
