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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153382598442) q[0];
rx(pi*0.077236134874) q[1];
rx(pi*-0.00046152754) q[2];
rx(pi*-9.901915e-05) q[3];
rx(pi*-0.02381626488) q[4];
rx(pi*0.003786817848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124295678166) q[0];
rx(pi*0.050725244158) q[1];
rx(pi*-0.0130370299) q[2];
rx(pi*-0.007880039642) q[3];
rx(pi*-0.01911435554) q[4];
rx(pi*-0.005344883901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02451935222) q[0];
rx(pi*0.063208287613) q[1];
rx(pi*-0.023181116577) q[2];
rx(pi*-0.003849874961) q[3];
rx(pi*-0.022294354065) q[4];
rx(pi*0.003241676556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.149301313768) q[0];
rx(pi*0.072983682812) q[1];
rx(pi*-0.011915821146) q[2];
rx(pi*-0.004944068301) q[3];
rx(pi*-0.025879546448) q[4];
rx(pi*0.003152036845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.07279952858) q[0];
rx(pi*0.071146494735) q[1];
rx(pi*0.001573398257) q[2];
rx(pi*0.003690028968) q[3];
rx(pi*-0.022095329942) q[4];
rx(pi*-0.002392901488) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
