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
ry(pi*0.052890831526) q[0];
ry(pi*0.340127407668) q[1];
ry(pi*0.011714177597) q[2];
ry(pi*0.001549685138) q[3];
ry(pi*0.082540474013) q[4];
ry(pi*0.007437226976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007572103053) q[0];
ry(pi*-0.056420369725) q[1];
ry(pi*-0.0013768523) q[2];
ry(pi*-0.55305225609) q[3];
ry(pi*0.16910271519) q[4];
ry(pi*-0.014869660961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064392338851) q[0];
ry(pi*-0.501715188251) q[1];
ry(pi*0.149878834721) q[2];
ry(pi*0.000763847788) q[3];
ry(pi*0.135563128189) q[4];
ry(pi*-0.12898742997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.308861400914) q[0];
ry(pi*-0.017238835397) q[1];
ry(pi*-0.019411639524) q[2];
ry(pi*0.009485009588) q[3];
ry(pi*-0.47733995065) q[4];
ry(pi*-0.483785030988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02678879878) q[0];
ry(pi*0.455137813625) q[1];
ry(pi*0.504481490756) q[2];
ry(pi*-0.027940439822) q[3];
ry(pi*0.161565203014) q[4];
ry(pi*-0.004625313096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
