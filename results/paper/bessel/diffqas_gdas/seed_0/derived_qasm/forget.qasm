// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.31830406155) q[0];
rx(pi*-0.085846181221) q[1];
rx(pi*0.032913775662) q[2];
rx(pi*-0.056266130772) q[3];
rx(pi*-0.008168897947) q[4];
rx(pi*-0.003085155242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.349337879818) q[0];
rx(pi*-0.148908008708) q[1];
rx(pi*-0.004223864281) q[2];
rx(pi*-0.055676206385) q[3];
rx(pi*-0.004652575452) q[4];
rx(pi*-0.001255876428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.361505520315) q[0];
rx(pi*-0.113428021882) q[1];
rx(pi*0.017422651678) q[2];
rx(pi*-0.054713567113) q[3];
rx(pi*-0.002562518593) q[4];
rx(pi*0.002287921421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158608271826) q[0];
rx(pi*-0.072794358506) q[1];
rx(pi*-0.004919484956) q[2];
rx(pi*-0.060568538078) q[3];
rx(pi*-0.008571002804) q[4];
rx(pi*0.000389637761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.328285756922) q[0];
rx(pi*-0.078585362853) q[1];
rx(pi*0.026796321475) q[2];
rx(pi*-0.057032976032) q[3];
rx(pi*-0.00876006327) q[4];
rx(pi*0.001169661447) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
