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
ry(pi*0.009217527641) q[0];
ry(pi*0.125432477776) q[1];
ry(pi*0.016639684326) q[2];
ry(pi*0.011750447562) q[3];
ry(pi*-0.003843434009) q[4];
ry(pi*-0.01096585804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.035797747148) q[0];
ry(pi*-0.415628394644) q[1];
ry(pi*-0.00564304241) q[2];
ry(pi*-0.162843890317) q[3];
ry(pi*-0.090996030018) q[4];
ry(pi*-0.135047790416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.060815506335) q[0];
ry(pi*-0.325617960923) q[1];
ry(pi*-0.106704042153) q[2];
ry(pi*-0.018831572665) q[3];
ry(pi*-0.001432055288) q[4];
ry(pi*0.021208166631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040506384698) q[0];
ry(pi*0.091466212652) q[1];
ry(pi*0.120596409766) q[2];
ry(pi*0.198747254008) q[3];
ry(pi*-0.219000017098) q[4];
ry(pi*-0.223988009386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020591374462) q[0];
ry(pi*0.01489502871) q[1];
ry(pi*0.022992536951) q[2];
ry(pi*0.000475525685) q[3];
ry(pi*0.002099445404) q[4];
ry(pi*0.000964050222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
