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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.151611701145) q[0];
ry(pi*0.069406670055) q[1];
ry(pi*0.015894826109) q[2];
ry(pi*0.017490110468) q[3];
ry(pi*-0.185973737786) q[4];
ry(pi*0.094844262947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008739072889) q[0];
ry(pi*0.035725560586) q[1];
ry(pi*0.022272174923) q[2];
ry(pi*0.044356680913) q[3];
ry(pi*0.031138462458) q[4];
ry(pi*-0.023201215831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02822890385) q[0];
ry(pi*0.019136273807) q[1];
ry(pi*-0.121797451099) q[2];
ry(pi*0.008243229022) q[3];
ry(pi*-0.129228099275) q[4];
ry(pi*-0.018825298614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152035960243) q[0];
ry(pi*0.215464445566) q[1];
ry(pi*0.077259699026) q[2];
ry(pi*-0.021759905992) q[3];
ry(pi*-0.001215502347) q[4];
ry(pi*-0.148656809528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.11965732516) q[0];
ry(pi*-0.048964981086) q[1];
ry(pi*-0.119108083087) q[2];
ry(pi*-0.504060599321) q[3];
ry(pi*-0.410167430729) q[4];
ry(pi*-0.001059986366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
