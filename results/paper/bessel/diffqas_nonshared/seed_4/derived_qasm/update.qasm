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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026595124972) q[0];
ry(pi*0.069590354712) q[1];
ry(pi*-0.038537800856) q[2];
ry(pi*-0.000933875994) q[3];
ry(pi*-0.449914654131) q[4];
ry(pi*0.493028363937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026315917273) q[0];
ry(pi*-0.268492269816) q[1];
ry(pi*-0.047886375637) q[2];
ry(pi*0.356614042395) q[3];
ry(pi*0.348280908044) q[4];
ry(pi*-0.214802865853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.126212400002) q[0];
ry(pi*-0.03740231748) q[1];
ry(pi*-0.021994485045) q[2];
ry(pi*0.014246650473) q[3];
ry(pi*-0.00721556955) q[4];
ry(pi*-0.005365947801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016570665027) q[0];
ry(pi*-0.167978579889) q[1];
ry(pi*-0.000845591352) q[2];
ry(pi*0.06890642036) q[3];
ry(pi*0.176839782727) q[4];
ry(pi*-0.172476600967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074771911714) q[0];
ry(pi*-0.007862616138) q[1];
ry(pi*-0.016675670885) q[2];
ry(pi*-0.022031816297) q[3];
ry(pi*-0.019415595342) q[4];
ry(pi*-0.001860065654) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
