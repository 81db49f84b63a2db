// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.074553549618) q[0];
ry(pi*0.035525172796) q[1];
ry(pi*-0.003022771958) q[2];
ry(pi*-0.001855548509) q[3];
ry(pi*0.084619526678) q[4];
ry(pi*0.000198585638) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000162119609) q[0];
ry(pi*-0.000701992109) q[1];
ry(pi*0.008606828688) q[2];
ry(pi*-0.000486576533) q[3];
ry(pi*0.000927858594) q[4];
ry(pi*-3.7830325e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003572564537) q[0];
ry(pi*-0.000922190412) q[1];
ry(pi*0.005474428043) q[2];
ry(pi*-0.000973598332) q[3];
ry(pi*0.020986510392) q[4];
ry(pi*0.002131725163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088286418084) q[0];
ry(pi*0.02668474986) q[1];
ry(pi*-8.6497943e-05) q[2];
ry(pi*0.000317856075) q[3];
ry(pi*-0.000636862669) q[4];
ry(pi*0.000806968322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011881696287) q[0];
ry(pi*0.000919667629) q[1];
ry(pi*0.5019632759) q[2];
ry(pi*0.000827537301) q[3];
ry(pi*0.269324281721) q[4];
ry(pi*-0.001496103579) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
