// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.030040604412) q[0];
rz(pi*-0.031864044362) q[1];
rz(pi*-0.014653385867) q[2];
rz(pi*-0.001331019626) q[3];
rz(pi*0.000289488111) q[4];
rz(pi*-0.007479990956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.027380886061) q[0];
rz(pi*-0.022876067996) q[1];
rz(pi*-0.00240030249) q[2];
rz(pi*-0.002455635026) q[3];
rz(pi*-0.011454390878) q[4];
rz(pi*0.006250055906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02138055776) q[0];
rz(pi*-0.032207657424) q[1];
rz(pi*-0.042632186213) q[2];
rz(pi*-0.004402533017) q[3];
rz(pi*-0.006737799004) q[4];
rz(pi*-0.002090574904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.021026078057) q[0];
rz(pi*-0.017000978803) q[1];
rz(pi*-0.006688510177) q[2];
rz(pi*-0.004329960182) q[3];
rz(pi*0.001345959183) q[4];
rz(pi*0.009633738143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.051683666738) q[0];
rz(pi*-0.040404951645) q[1];
rz(pi*-0.064152357309) q[2];
rz(pi*0.015617495527) q[3];
rz(pi*-0.025768826236) q[4];
rz(pi*-0.004144463925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
