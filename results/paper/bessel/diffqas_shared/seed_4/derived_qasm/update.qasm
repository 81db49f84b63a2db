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
ry(pi*-0.089046912216) q[0];
ry(pi*-0.065630637918) q[1];
ry(pi*-0.075931284151) q[2];
ry(pi*-0.021283341401) q[3];
ry(pi*0.08030648989) q[4];
ry(pi*0.07385369713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056195035144) q[0];
ry(pi*-0.457452450899) q[1];
ry(pi*0.025620471207) q[2];
ry(pi*-0.279912991182) q[3];
ry(pi*0.128299544544) q[4];
ry(pi*-0.510335797675) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019415990212) q[0];
ry(pi*0.032499470142) q[1];
ry(pi*-0.083209007237) q[2];
ry(pi*0.037160682937) q[3];
ry(pi*0.041022628419) q[4];
ry(pi*-0.021281247284) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012835468172) q[0];
ry(pi*-0.095699307767) q[1];
ry(pi*-0.182015263707) q[2];
ry(pi*-0.135495680071) q[3];
ry(pi*-0.022163029449) q[4];
ry(pi*0.274618057782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030273634814) q[0];
ry(pi*-0.050821611487) q[1];
ry(pi*-0.180238048485) q[2];
ry(pi*-0.032259329703) q[3];
ry(pi*0.05988157283) q[4];
ry(pi*-0.001859174528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
