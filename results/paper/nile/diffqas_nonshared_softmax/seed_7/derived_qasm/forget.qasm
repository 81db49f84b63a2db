// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012074598142) q[0];
ry(pi*-0.048222463633) q[1];
ry(pi*0.018456584607) q[2];
ry(pi*-0.046139962671) q[3];
ry(pi*0.007010573755) q[4];
ry(pi*-0.001926304556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000827596591) q[0];
ry(pi*-0.006397460519) q[1];
ry(pi*-0.001159386444) q[2];
ry(pi*0.040502514257) q[3];
ry(pi*-0.004598692849) q[4];
ry(pi*-0.002027401138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010163908454) q[0];
ry(pi*0.012868191419) q[1];
ry(pi*0.046429690757) q[2];
ry(pi*0.001584695638) q[3];
ry(pi*0.004475609816) q[4];
ry(pi*0.003322001241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029097713398) q[0];
ry(pi*-0.469813992877) q[1];
ry(pi*-0.034379408563) q[2];
ry(pi*0.401490282517) q[3];
ry(pi*0.494815482933) q[4];
ry(pi*0.134620353384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002976447919) q[0];
ry(pi*0.020485542103) q[1];
ry(pi*-0.060684176976) q[2];
ry(pi*-0.001493284199) q[3];
ry(pi*0.005286155539) q[4];
ry(pi*0.000360641659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
