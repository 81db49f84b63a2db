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
ry(pi*0.00145086825) q[0];
ry(pi*-0.011314562913) q[1];
ry(pi*-0.004946397206) q[2];
ry(pi*0.00606715684) q[3];
ry(pi*-0.011156595816) q[4];
ry(pi*0.501617630382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005899412849) q[0];
ry(pi*0.035297049221) q[1];
ry(pi*-0.02647412153) q[2];
ry(pi*0.003640177777) q[3];
ry(pi*0.004888994861) q[4];
ry(pi*0.009058273361) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00474769058) q[0];
ry(pi*0.007842819261) q[1];
ry(pi*-0.505999120844) q[2];
ry(pi*0.011250796694) q[3];
ry(pi*-0.488347521462) q[4];
ry(pi*0.005423209925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.512551435151) q[0];
ry(pi*0.006695388983) q[1];
ry(pi*-0.000303629571) q[2];
ry(pi*-0.006177202927) q[3];
ry(pi*0.007790073837) q[4];
ry(pi*-0.005984279728) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038479511832) q[0];
ry(pi*-0.117950954177) q[1];
ry(pi*-0.012283860435) q[2];
ry(pi*-0.463547294313) q[3];
ry(pi*-0.010253398162) q[4];
ry(pi*-0.002106275742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
