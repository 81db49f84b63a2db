// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.262345004699) q[0];
ry(pi*0.266958531865) q[1];
ry(pi*0.133132814073) q[2];
ry(pi*-0.427410129453) q[3];
ry(pi*0.001350858302) q[4];
ry(pi*0.001219756467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063040767737) q[0];
ry(pi*0.260851337192) q[1];
ry(pi*-0.466452894732) q[2];
ry(pi*0.001123068973) q[3];
ry(pi*0.043735238048) q[4];
ry(pi*-0.003318015778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018762418185) q[0];
ry(pi*0.246625400215) q[1];
ry(pi*-0.494675691728) q[2];
ry(pi*-0.000100836837) q[3];
ry(pi*-0.500234858585) q[4];
ry(pi*0.005001624799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.449614960608) q[0];
ry(pi*-0.039517868969) q[1];
ry(pi*-0.588683190097) q[2];
ry(pi*-0.2121346904) q[3];
ry(pi*-0.01665570444) q[4];
ry(pi*-0.007190593114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.384238704548) q[0];
ry(pi*0.005078668977) q[1];
ry(pi*0.047853310881) q[2];
ry(pi*0.206884437821) q[3];
ry(pi*0.294291772613) q[4];
ry(pi*0.002836949902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
