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
ry(pi*0.045778199804) q[0];
ry(pi*0.04939908704) q[1];
ry(pi*-0.030003904003) q[2];
ry(pi*0.011452176996) q[3];
ry(pi*-0.002586038872) q[4];
ry(pi*0.019411777076) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009387222268) q[0];
ry(pi*0.005468020591) q[1];
ry(pi*0.517558684777) q[2];
ry(pi*0.063097614832) q[3];
ry(pi*0.005252489584) q[4];
ry(pi*-0.002232001619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00819769502) q[0];
ry(pi*-0.276749987495) q[1];
ry(pi*0.216796673963) q[2];
ry(pi*0.026243405803) q[3];
ry(pi*0.199154390201) q[4];
ry(pi*-0.005716665564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036031572033) q[0];
ry(pi*-0.433479701168) q[1];
ry(pi*0.13178231492) q[2];
ry(pi*0.508161672571) q[3];
ry(pi*-0.631288582047) q[4];
ry(pi*0.404396072663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007326885625) q[0];
ry(pi*-0.039561252528) q[1];
ry(pi*-0.001131732552) q[2];
ry(pi*-0.198095672934) q[3];
ry(pi*0.173344205747) q[4];
ry(pi*0.000324679038) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
