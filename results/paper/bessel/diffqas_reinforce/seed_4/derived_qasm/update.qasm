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
ry(pi*0.278025487377) q[0];
ry(pi*-0.010522776791) q[1];
ry(pi*-0.035219426967) q[2];
ry(pi*-0.031338907165) q[3];
ry(pi*0.003207292305) q[4];
ry(pi*-0.012574072326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007233991495) q[0];
ry(pi*-0.051900767146) q[1];
ry(pi*0.244474611591) q[2];
ry(pi*-0.033935704771) q[3];
ry(pi*0.014983329064) q[4];
ry(pi*0.008357453264) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104489713797) q[0];
ry(pi*-0.224629477985) q[1];
ry(pi*0.378040877058) q[2];
ry(pi*-0.024301080245) q[3];
ry(pi*-0.031659966373) q[4];
ry(pi*-0.009198576237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018496461765) q[0];
ry(pi*-0.395430386903) q[1];
ry(pi*-0.100490818279) q[2];
ry(pi*0.520475327335) q[3];
ry(pi*0.485729434062) q[4];
ry(pi*0.015530658447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.10417224281) q[0];
ry(pi*-0.024110660262) q[1];
ry(pi*-0.021150325838) q[2];
ry(pi*-0.125995162041) q[3];
ry(pi*0.056701740316) q[4];
ry(pi*-0.001422681862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
