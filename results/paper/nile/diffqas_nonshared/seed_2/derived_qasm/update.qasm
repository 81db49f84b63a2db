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
ry(pi*0.011016218827) q[0];
ry(pi*0.038411390181) q[1];
ry(pi*-0.018723711408) q[2];
ry(pi*-0.117677167942) q[3];
ry(pi*0.022918884744) q[4];
ry(pi*-0.000923751069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006225136388) q[0];
ry(pi*-0.173964121305) q[1];
ry(pi*0.047530778913) q[2];
ry(pi*-0.361911423279) q[3];
ry(pi*0.02791333488) q[4];
ry(pi*-0.00095527214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013148417716) q[0];
ry(pi*-0.134657179487) q[1];
ry(pi*-0.139490079048) q[2];
ry(pi*-0.03281905659) q[3];
ry(pi*-0.013367555324) q[4];
ry(pi*0.002777638425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048589581557) q[0];
ry(pi*-0.153453774705) q[1];
ry(pi*0.080451251955) q[2];
ry(pi*-0.199588372832) q[3];
ry(pi*0.243549993705) q[4];
ry(pi*-0.040015929683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022376238073) q[0];
ry(pi*-0.031650235725) q[1];
ry(pi*-0.01447087752) q[2];
ry(pi*-0.003217179478) q[3];
ry(pi*0.029423299978) q[4];
ry(pi*-0.004364452934) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
