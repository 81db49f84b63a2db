// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.024150042943) q[0];
ry(pi*0.43326310828) q[1];
ry(pi*0.20661265321) q[2];
ry(pi*0.086786859538) q[3];
ry(pi*-0.008381716443) q[4];
ry(pi*0.007185267108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128640721979) q[0];
ry(pi*0.542584232278) q[1];
ry(pi*-0.37060644382) q[2];
ry(pi*0.550061012689) q[3];
ry(pi*-0.01158659417) q[4];
ry(pi*-0.009006621834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001468063488) q[0];
ry(pi*-0.07410004403) q[1];
ry(pi*0.047720473188) q[2];
ry(pi*0.012950275826) q[3];
ry(pi*-0.045580005738) q[4];
ry(pi*0.000335516405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018890070389) q[0];
ry(pi*-0.05761910587) q[1];
ry(pi*-0.538160736153) q[2];
ry(pi*-0.028420820307) q[3];
ry(pi*-0.046777603518) q[4];
ry(pi*-0.003778743461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015222758025) q[0];
ry(pi*0.572908223136) q[1];
ry(pi*0.055774044102) q[2];
ry(pi*-0.090815172301) q[3];
ry(pi*-0.382135309847) q[4];
ry(pi*-0.00211835575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
