// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000198070761) q[0];
rx(pi*0.000753840849) q[1];
rx(pi*0.001116350916) q[2];
rx(pi*-0.005885578751) q[3];
rx(pi*-0.000884509275) q[4];
rx(pi*-0.002393072984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.4367418e-05) q[0];
rx(pi*-0.002639600717) q[1];
rx(pi*0.000624844322) q[2];
rx(pi*-0.001221435481) q[3];
rx(pi*0.000999406753) q[4];
rx(pi*-0.002778997348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000332856848) q[0];
rx(pi*-0.002650536134) q[1];
rx(pi*-0.000633449204) q[2];
rx(pi*-0.000920456703) q[3];
rx(pi*-0.004642390348) q[4];
rx(pi*0.00020748193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000633702669) q[0];
rx(pi*0.002447009837) q[1];
rx(pi*0.0014879367) q[2];
rx(pi*-0.001983281792) q[3];
rx(pi*0.004409056678) q[4];
rx(pi*0.001946593241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001108903371) q[0];
rx(pi*0.002089432685) q[1];
rx(pi*-0.001602437233) q[2];
rx(pi*0.004316438246) q[3];
rx(pi*0.000416379552) q[4];
rx(pi*0.000202063728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
