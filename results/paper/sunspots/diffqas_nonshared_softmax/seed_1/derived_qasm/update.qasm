// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.085833042593) q[0];
ry(pi*0.227778062383) q[1];
ry(pi*-0.054107449485) q[2];
ry(pi*0.009247478495) q[3];
ry(pi*-0.005775259931) q[4];
ry(pi*-0.024042042949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099605995731) q[0];
ry(pi*-0.434143709391) q[1];
ry(pi*-0.135618813204) q[2];
ry(pi*-0.475767033975) q[3];
ry(pi*0.086443642532) q[4];
ry(pi*0.020095704313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.159349869102) q[0];
ry(pi*-0.426236892681) q[1];
ry(pi*0.001150897251) q[2];
ry(pi*0.017532539461) q[3];
ry(pi*0.303126906896) q[4];
ry(pi*-0.197962503218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047206672207) q[0];
ry(pi*0.014271810708) q[1];
ry(pi*-0.207937387373) q[2];
ry(pi*0.013271571007) q[3];
ry(pi*-0.022417880882) q[4];
ry(pi*-0.504347239593) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047962015239) q[0];
ry(pi*0.051328273971) q[1];
ry(pi*-0.063183314734) q[2];
ry(pi*-0.056226724375) q[3];
ry(pi*0.068870495462) q[4];
ry(pi*-0.004625389283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
