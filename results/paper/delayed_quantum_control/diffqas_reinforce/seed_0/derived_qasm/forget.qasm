// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.183119857078) q[0];
ry(pi*0.385599695631) q[1];
ry(pi*0.476802035308) q[2];
ry(pi*0.411646887649) q[3];
ry(pi*-0.079090939147) q[4];
ry(pi*0.061380429384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.510921865852) q[0];
ry(pi*0.291007722796) q[1];
ry(pi*0.132221638379) q[2];
ry(pi*-0.105013219338) q[3];
ry(pi*0.069138551928) q[4];
ry(pi*0.147621428741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.203415157069) q[0];
ry(pi*0.041613477728) q[1];
ry(pi*-0.033688281168) q[2];
ry(pi*0.001976121803) q[3];
ry(pi*0.005894660175) q[4];
ry(pi*-0.059500139967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022317453386) q[0];
ry(pi*-0.019281184096) q[1];
ry(pi*-0.014929208115) q[2];
ry(pi*-0.031032269617) q[3];
ry(pi*-0.494477426515) q[4];
ry(pi*-0.147182883165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039761208688) q[0];
ry(pi*-0.082538766465) q[1];
ry(pi*0.012424867081) q[2];
ry(pi*0.003389429201) q[3];
ry(pi*0.001615934119) q[4];
ry(pi*-0.003635722739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
