// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.208473652086) q[0];
ry(pi*0.021526671633) q[1];
ry(pi*0.004837735537) q[2];
ry(pi*0.008093062688) q[3];
ry(pi*-0.014063756743) q[4];
ry(pi*0.41663876935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016200978667) q[0];
ry(pi*-0.031656062731) q[1];
ry(pi*-0.537163490588) q[2];
ry(pi*-0.000692949149) q[3];
ry(pi*0.52312369524) q[4];
ry(pi*-0.018628559521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.481606314479) q[0];
ry(pi*0.090990527922) q[1];
ry(pi*0.088558126803) q[2];
ry(pi*0.001160065238) q[3];
ry(pi*0.005863783214) q[4];
ry(pi*-0.497729924652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003048650786) q[0];
ry(pi*0.497266610153) q[1];
ry(pi*0.049895959586) q[2];
ry(pi*-0.242174848952) q[3];
ry(pi*0.248609930652) q[4];
ry(pi*0.02236211049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000432422863) q[0];
ry(pi*0.001272192695) q[1];
ry(pi*-0.018562419337) q[2];
ry(pi*-0.538366590465) q[3];
ry(pi*-0.045686921915) q[4];
ry(pi*0.000146063125) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
