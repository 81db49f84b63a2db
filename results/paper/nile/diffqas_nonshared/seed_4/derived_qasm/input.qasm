// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.060211053566) q[0];
ry(pi*0.230822277696) q[1];
ry(pi*0.066082037531) q[2];
ry(pi*-0.291226212959) q[3];
ry(pi*0.041778886886) q[4];
ry(pi*-0.001963605719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001261969941) q[0];
ry(pi*-0.098082398714) q[1];
ry(pi*0.408289963509) q[2];
ry(pi*-0.305273976861) q[3];
ry(pi*-0.142409842622) q[4];
ry(pi*-0.000822515674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015068123017) q[0];
ry(pi*0.062301731783) q[1];
ry(pi*0.148425199711) q[2];
ry(pi*-0.125549036851) q[3];
ry(pi*-0.116091245448) q[4];
ry(pi*0.000217842087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088932506547) q[0];
ry(pi*-0.170712325159) q[1];
ry(pi*-0.302508281484) q[2];
ry(pi*0.220544076224) q[3];
ry(pi*-0.148515500504) q[4];
ry(pi*0.005546784174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.412113161897) q[0];
ry(pi*-0.031732283373) q[1];
ry(pi*-0.139007336456) q[2];
ry(pi*-0.011090242188) q[3];
ry(pi*-0.446136534991) q[4];
ry(pi*0.000470653283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
