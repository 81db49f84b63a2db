// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.191479780949) q[0];
ry(pi*0.008185519852) q[1];
ry(pi*-0.068275680849) q[2];
ry(pi*0.488739688157) q[3];
ry(pi*-0.028117365437) q[4];
ry(pi*0.17512785273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152611213953) q[0];
ry(pi*-0.025552883165) q[1];
ry(pi*-0.186282538228) q[2];
ry(pi*0.183587573254) q[3];
ry(pi*-0.127022678624) q[4];
ry(pi*0.189022620395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013022222857) q[0];
ry(pi*0.268427800419) q[1];
ry(pi*-0.496995489589) q[2];
ry(pi*0.082300430809) q[3];
ry(pi*0.004516239066) q[4];
ry(pi*0.02745676045) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023136615997) q[0];
ry(pi*0.007277859452) q[1];
ry(pi*0.000748375141) q[2];
ry(pi*-0.339724426507) q[3];
ry(pi*0.386227124397) q[4];
ry(pi*0.19641096883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000709222134) q[0];
ry(pi*0.123274802044) q[1];
ry(pi*-0.085359444865) q[2];
ry(pi*0.022175463713) q[3];
ry(pi*0.040556283024) q[4];
ry(pi*0.006143181826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
