// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.060693260179) q[0];
ry(pi*0.018461993026) q[1];
ry(pi*0.065262998243) q[2];
ry(pi*0.072915357205) q[3];
ry(pi*-0.054357657339) q[4];
ry(pi*0.051041296933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00310505884) q[0];
ry(pi*-0.151567437725) q[1];
ry(pi*-0.273991065389) q[2];
ry(pi*-0.083374345246) q[3];
ry(pi*-0.021805782096) q[4];
ry(pi*-0.018962405175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049634524609) q[0];
ry(pi*-0.188003385416) q[1];
ry(pi*-0.182981811366) q[2];
ry(pi*0.029604717392) q[3];
ry(pi*0.023247326723) q[4];
ry(pi*0.013477969601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022159777994) q[0];
ry(pi*0.210827904457) q[1];
ry(pi*0.142676865074) q[2];
ry(pi*0.483799450276) q[3];
ry(pi*0.47868993754) q[4];
ry(pi*-0.034223789343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025903812592) q[0];
ry(pi*-0.010746955221) q[1];
ry(pi*0.024401884825) q[2];
ry(pi*0.027383976247) q[3];
ry(pi*-0.061621454428) q[4];
ry(pi*0.00060797062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
