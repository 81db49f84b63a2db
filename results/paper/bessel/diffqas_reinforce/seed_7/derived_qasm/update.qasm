// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.268789686609) q[0];
ry(pi*-0.063366392263) q[1];
ry(pi*-0.094071711634) q[2];
ry(pi*0.100120849699) q[3];
ry(pi*0.499400019741) q[4];
ry(pi*-0.45400073891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006132972709) q[0];
ry(pi*0.425173584009) q[1];
ry(pi*0.028959504046) q[2];
ry(pi*0.004663060267) q[3];
ry(pi*0.523388023561) q[4];
ry(pi*-0.031843385412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018267789166) q[0];
ry(pi*-0.043137748278) q[1];
ry(pi*0.03469725189) q[2];
ry(pi*0.020818599203) q[3];
ry(pi*-0.006954154139) q[4];
ry(pi*0.251946629843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075768654501) q[0];
ry(pi*0.435791454583) q[1];
ry(pi*0.000365877137) q[2];
ry(pi*-0.026703139196) q[3];
ry(pi*0.281166501649) q[4];
ry(pi*0.006630359891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061069428104) q[0];
ry(pi*0.245620110206) q[1];
ry(pi*0.013055048082) q[2];
ry(pi*0.021335151232) q[3];
ry(pi*0.49055606313) q[4];
ry(pi*-0.001220502704) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
