// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.001702095592) q[0];
rz(pi*0.002652191803) q[1];
rz(pi*-0.004265756701) q[2];
rz(pi*-0.001705184593) q[3];
rz(pi*-0.00077382182) q[4];
rz(pi*-0.008343296629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001122328221) q[0];
rz(pi*0.001053131497) q[1];
rz(pi*0.005847871601) q[2];
rz(pi*7.2842923e-05) q[3];
rz(pi*0.000648773849) q[4];
rz(pi*-3.635732e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004283500074) q[0];
rz(pi*-0.001937218925) q[1];
rz(pi*-0.003130001185) q[2];
rz(pi*0.000188359605) q[3];
rz(pi*-5.9641601e-05) q[4];
rz(pi*0.001996467407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002449400552) q[0];
rz(pi*-0.001015625636) q[1];
rz(pi*-0.002781781006) q[2];
rz(pi*0.002211581458) q[3];
rz(pi*0.001914151918) q[4];
rz(pi*-0.000937149979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001514450374) q[0];
rz(pi*0.001594931139) q[1];
rz(pi*-0.000791833554) q[2];
rz(pi*-0.002610621624) q[3];
rz(pi*0.002430352061) q[4];
rz(pi*-0.001594781877) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
