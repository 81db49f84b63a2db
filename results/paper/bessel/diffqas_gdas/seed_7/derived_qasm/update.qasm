// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.020628122302) q[0];
ry(pi*0.005770244604) q[1];
ry(pi*-0.016441040843) q[2];
ry(pi*-0.002799892569) q[3];
ry(pi*-0.024823421333) q[4];
ry(pi*0.001025143804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.274982410429) q[0];
ry(pi*-0.010490102162) q[1];
ry(pi*-0.141490015355) q[2];
ry(pi*-0.054432651867) q[3];
ry(pi*0.002635126113) q[4];
ry(pi*0.001033984956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005853798213) q[0];
ry(pi*-0.004890825138) q[1];
ry(pi*0.024862908364) q[2];
ry(pi*-0.001211026631) q[3];
ry(pi*-0.004479736389) q[4];
ry(pi*-0.001711061253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.116653398476) q[0];
ry(pi*0.008556226591) q[1];
ry(pi*0.002060661699) q[2];
ry(pi*-0.000599121686) q[3];
ry(pi*0.000143305184) q[4];
ry(pi*-7.3430092e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011519883617) q[0];
ry(pi*0.190218776246) q[1];
ry(pi*0.007786250828) q[2];
ry(pi*0.000902261171) q[3];
ry(pi*-0.173278730794) q[4];
ry(pi*0.002078842038) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
