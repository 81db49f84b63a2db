// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.083198373012) q[0];
ry(pi*-0.031438352822) q[1];
ry(pi*-0.001864986117) q[2];
ry(pi*0.006718517949) q[3];
ry(pi*-0.000608937637) q[4];
ry(pi*-0.000944548165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03690208913) q[0];
ry(pi*0.011959528427) q[1];
ry(pi*-0.028345059754) q[2];
ry(pi*0.000562910604) q[3];
ry(pi*0.040099727567) q[4];
ry(pi*-0.004547588567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012755945086) q[0];
ry(pi*-0.000741535762) q[1];
ry(pi*0.001097131819) q[2];
ry(pi*-0.000578733097) q[3];
ry(pi*0.001642748541) q[4];
ry(pi*-0.003914015299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116607048054) q[0];
ry(pi*0.009372036955) q[1];
ry(pi*0.021757792902) q[2];
ry(pi*0.003858309533) q[3];
ry(pi*0.001954128535) q[4];
ry(pi*-0.000620947942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001970810175) q[0];
ry(pi*-6.0477551e-05) q[1];
ry(pi*0.16891448656) q[2];
ry(pi*0.02481216575) q[3];
ry(pi*0.012765735024) q[4];
ry(pi*0.000613507401) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
