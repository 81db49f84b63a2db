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
ry(pi*-0.034300873246) q[0];
ry(pi*2.6034973e-05) q[1];
ry(pi*-0.00017687974) q[2];
ry(pi*0.02745250344) q[3];
ry(pi*0.046299646802) q[4];
ry(pi*-0.039655964485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102597998043) q[0];
ry(pi*0.500352603457) q[1];
ry(pi*-0.046457205985) q[2];
ry(pi*-0.329571122632) q[3];
ry(pi*0.08411966118) q[4];
ry(pi*0.440937281158) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005538289126) q[0];
ry(pi*0.013943476637) q[1];
ry(pi*0.15603626923) q[2];
ry(pi*0.074866950951) q[3];
ry(pi*-0.023128339136) q[4];
ry(pi*-0.005916178236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056549180452) q[0];
ry(pi*-0.000515231199) q[1];
ry(pi*-0.217655759979) q[2];
ry(pi*-0.03447797673) q[3];
ry(pi*0.003300962835) q[4];
ry(pi*-0.082960426296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017837577369) q[0];
ry(pi*0.018431595127) q[1];
ry(pi*-0.219884981942) q[2];
ry(pi*0.00715389982) q[3];
ry(pi*-0.046829133501) q[4];
ry(pi*0.002266036208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
