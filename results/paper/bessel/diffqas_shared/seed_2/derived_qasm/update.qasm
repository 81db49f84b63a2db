// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.055862732211) q[0];
ry(pi*0.235864911497) q[1];
ry(pi*-0.021977981126) q[2];
ry(pi*-0.082607343462) q[3];
ry(pi*0.229022048531) q[4];
ry(pi*-0.041803717469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042197809898) q[0];
ry(pi*-0.544658371001) q[1];
ry(pi*-0.401204287318) q[2];
ry(pi*-0.013472747352) q[3];
ry(pi*-0.00810675034) q[4];
ry(pi*-0.073089972888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.117272223101) q[0];
ry(pi*-0.037266275765) q[1];
ry(pi*0.030735191962) q[2];
ry(pi*-0.026752136317) q[3];
ry(pi*0.088488790897) q[4];
ry(pi*-0.183886450949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023809826003) q[0];
ry(pi*0.16720439692) q[1];
ry(pi*0.007215918174) q[2];
ry(pi*-0.048314291731) q[3];
ry(pi*0.036374826985) q[4];
ry(pi*0.194782955295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034213859481) q[0];
ry(pi*0.009243146779) q[1];
ry(pi*-0.110542912031) q[2];
ry(pi*-0.28530514094) q[3];
ry(pi*0.060439120223) q[4];
ry(pi*-0.002660812545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
