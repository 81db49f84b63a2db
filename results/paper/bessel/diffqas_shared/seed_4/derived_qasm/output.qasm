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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125371461419) q[0];
ry(pi*-0.100150579995) q[1];
ry(pi*0.005407030915) q[2];
ry(pi*0.007171600207) q[3];
ry(pi*-0.006507857602) q[4];
ry(pi*0.00738563296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084333740179) q[0];
ry(pi*-0.389814074131) q[1];
ry(pi*0.012116748473) q[2];
ry(pi*-0.023438534074) q[3];
ry(pi*0.36894697347) q[4];
ry(pi*0.053542711421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.071484973297) q[0];
ry(pi*-0.020329503112) q[1];
ry(pi*0.547821545442) q[2];
ry(pi*0.096095657953) q[3];
ry(pi*0.394129805049) q[4];
ry(pi*0.06380136622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104020944634) q[0];
ry(pi*0.021842506221) q[1];
ry(pi*-0.05907436305) q[2];
ry(pi*0.217513122862) q[3];
ry(pi*0.148927313479) q[4];
ry(pi*0.028994065278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020615609775) q[0];
ry(pi*0.019108635257) q[1];
ry(pi*0.009674543187) q[2];
ry(pi*-0.497843381683) q[3];
ry(pi*-0.040132882443) q[4];
ry(pi*-0.00542676613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
