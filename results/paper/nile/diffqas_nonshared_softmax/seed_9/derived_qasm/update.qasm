// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.068150019598) q[0];
ry(pi*-0.264537191859) q[1];
ry(pi*0.282501139586) q[2];
ry(pi*0.146715053152) q[3];
ry(pi*0.093702957309) q[4];
ry(pi*-0.009338799665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.158297223114) q[0];
ry(pi*0.137330088641) q[1];
ry(pi*-0.173325270944) q[2];
ry(pi*0.088834853815) q[3];
ry(pi*0.088690784255) q[4];
ry(pi*-0.484284583434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037232006239) q[0];
ry(pi*0.149540645493) q[1];
ry(pi*0.464919403427) q[2];
ry(pi*0.056728254731) q[3];
ry(pi*-0.064632519607) q[4];
ry(pi*-0.091561389441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.202872650321) q[0];
ry(pi*-0.373907474246) q[1];
ry(pi*-0.108874439112) q[2];
ry(pi*0.087173192113) q[3];
ry(pi*0.063391175414) q[4];
ry(pi*0.049493106491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.165692306874) q[0];
ry(pi*-0.066386773061) q[1];
ry(pi*0.039684570645) q[2];
ry(pi*0.312964276575) q[3];
ry(pi*-0.06505985229) q[4];
ry(pi*0.000714952349) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
