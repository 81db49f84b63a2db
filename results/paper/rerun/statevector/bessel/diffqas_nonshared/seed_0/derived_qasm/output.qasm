// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.032302689546) q[0];
ry(pi*-0.076723709417) q[1];
ry(pi*0.057022749721) q[2];
ry(pi*-0.115864720327) q[3];
ry(pi*-0.392476443924) q[4];
ry(pi*-0.157804908771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.082047097195) q[0];
ry(pi*-0.100484519327) q[1];
ry(pi*-0.00074928613) q[2];
ry(pi*-0.063511035748) q[3];
ry(pi*-0.062011254272) q[4];
ry(pi*-0.078226825354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.184078151591) q[0];
ry(pi*0.054031302362) q[1];
ry(pi*-0.252072172515) q[2];
ry(pi*-0.064159301334) q[3];
ry(pi*-0.275590505965) q[4];
ry(pi*-0.060998413109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.290111639923) q[0];
ry(pi*-0.100785038164) q[1];
ry(pi*-0.080659658102) q[2];
ry(pi*-0.086163690153) q[3];
ry(pi*0.052306300142) q[4];
ry(pi*-0.438591073233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.068430598077) q[0];
ry(pi*-0.382928446592) q[1];
ry(pi*-0.475570590146) q[2];
ry(pi*-0.423074287422) q[3];
ry(pi*-0.018186348647) q[4];
ry(pi*0.002712451325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
