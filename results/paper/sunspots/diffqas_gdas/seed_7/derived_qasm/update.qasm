// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.139845618853) q[0];
ry(pi*0.017593778747) q[1];
ry(pi*0.010859327248) q[2];
ry(pi*-0.000371506262) q[3];
ry(pi*0.002709064393) q[4];
ry(pi*-0.017413309971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.480628762627) q[0];
ry(pi*0.21938905329) q[1];
ry(pi*0.002969741942) q[2];
ry(pi*0.016397038298) q[3];
ry(pi*-0.003564391433) q[4];
ry(pi*0.457957922843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008204658612) q[0];
ry(pi*-0.003285720308) q[1];
ry(pi*-0.000213385993) q[2];
ry(pi*0.001699617573) q[3];
ry(pi*0.002400836691) q[4];
ry(pi*0.009723428843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00222746313) q[0];
ry(pi*-0.203570259281) q[1];
ry(pi*0.413750396186) q[2];
ry(pi*-0.132774124792) q[3];
ry(pi*-0.002890225378) q[4];
ry(pi*-0.003243870577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001631183614) q[0];
ry(pi*-0.1825064302) q[1];
ry(pi*0.460651407942) q[2];
ry(pi*-0.001299823537) q[3];
ry(pi*0.522260473165) q[4];
ry(pi*0.002306292822) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
