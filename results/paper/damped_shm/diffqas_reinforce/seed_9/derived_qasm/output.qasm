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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005316859374) q[0];
rz(pi*0.010248568412) q[1];
rz(pi*8.8484782e-05) q[2];
rz(pi*-0.002100001691) q[3];
rz(pi*-0.004441519049) q[4];
rz(pi*0.004830423025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000699897325) q[0];
rz(pi*-0.0033824413) q[1];
rz(pi*-0.002533629324) q[2];
rz(pi*-0.003493307662) q[3];
rz(pi*-0.002757237385) q[4];
rz(pi*-0.00381702098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003207295862) q[0];
rz(pi*0.003458876275) q[1];
rz(pi*0.001644566515) q[2];
rz(pi*-0.00569733352) q[3];
rz(pi*-0.002615473607) q[4];
rz(pi*0.003886010041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002312957889) q[0];
rz(pi*0.003397427992) q[1];
rz(pi*0.000423223452) q[2];
rz(pi*-0.003179738243) q[3];
rz(pi*0.002656479644) q[4];
rz(pi*0.001073799564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001545203271) q[0];
rz(pi*0.002854227554) q[1];
rz(pi*0.003443012094) q[2];
rz(pi*-0.003791349963) q[3];
rz(pi*-0.001164718749) q[4];
rz(pi*-0.002534093564) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
