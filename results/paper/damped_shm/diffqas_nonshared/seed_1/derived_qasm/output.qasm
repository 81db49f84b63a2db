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
ry(pi*-0.09465484852) q[0];
ry(pi*-0.006571574018) q[1];
ry(pi*0.001741679414) q[2];
ry(pi*-0.000246024992) q[3];
ry(pi*-0.003031926309) q[4];
ry(pi*-0.068772358925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003348050231) q[0];
ry(pi*0.003995004919) q[1];
ry(pi*0.000172635236) q[2];
ry(pi*0.000222200131) q[3];
ry(pi*-0.004774445415) q[4];
ry(pi*-0.005583415807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001555555721) q[0];
ry(pi*0.003742272801) q[1];
ry(pi*0.275817097491) q[2];
ry(pi*0.00085341813) q[3];
ry(pi*-0.02909810234) q[4];
ry(pi*-0.000537810548) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.431797425575) q[0];
ry(pi*-0.310975572135) q[1];
ry(pi*0.23261801032) q[2];
ry(pi*-2.408091e-06) q[3];
ry(pi*-0.010534574283) q[4];
ry(pi*0.006305957329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.098794806417) q[0];
ry(pi*-0.343909662866) q[1];
ry(pi*-0.118995261642) q[2];
ry(pi*-0.497236633212) q[3];
ry(pi*-0.459448991084) q[4];
ry(pi*0.00133621386) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
