// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.038420440182) q[0];
rz(pi*-0.063274668514) q[1];
rz(pi*-0.051153226658) q[2];
rz(pi*-0.033887955108) q[3];
rz(pi*-0.031366102228) q[4];
rz(pi*-0.040349015242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.031679818982) q[0];
rz(pi*-0.029501754662) q[1];
rz(pi*-0.014067780151) q[2];
rz(pi*0.007368750772) q[3];
rz(pi*-0.005862364408) q[4];
rz(pi*-0.018711035241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.034100924201) q[0];
rz(pi*-0.061590637942) q[1];
rz(pi*-0.021092696117) q[2];
rz(pi*-0.028837514022) q[3];
rz(pi*0.01106856701) q[4];
rz(pi*-0.034219990051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025780790925) q[0];
rz(pi*-0.023538304639) q[1];
rz(pi*-0.015310668252) q[2];
rz(pi*-0.006625586466) q[3];
rz(pi*-0.040365787151) q[4];
rz(pi*-0.069641543185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.081238032829) q[0];
rz(pi*-0.123232151307) q[1];
rz(pi*-0.104800544323) q[2];
rz(pi*-0.0279571809) q[3];
rz(pi*-0.162185137544) q[4];
rz(pi*0.002043283107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
