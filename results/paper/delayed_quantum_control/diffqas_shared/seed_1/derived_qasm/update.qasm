// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00955364291) q[0];
ry(pi*-0.363483353371) q[1];
ry(pi*-0.006494950205) q[2];
ry(pi*0.012433872022) q[3];
ry(pi*-0.073885106514) q[4];
ry(pi*-0.042775041517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509804788413) q[0];
ry(pi*0.001981241629) q[1];
ry(pi*-0.49944745161) q[2];
ry(pi*0.515927711494) q[3];
ry(pi*0.476018498773) q[4];
ry(pi*-0.491313493164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05348453149) q[0];
ry(pi*0.001075466127) q[1];
ry(pi*-0.000456925426) q[2];
ry(pi*-0.005467784024) q[3];
ry(pi*-0.008567560436) q[4];
ry(pi*-0.107576750602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.525131239619) q[0];
ry(pi*0.001815408994) q[1];
ry(pi*0.478912184306) q[2];
ry(pi*-0.021727794617) q[3];
ry(pi*-0.002829198646) q[4];
ry(pi*-0.504100935382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000382287341) q[0];
ry(pi*-0.484296574211) q[1];
ry(pi*-0.002325317744) q[2];
ry(pi*0.511262919964) q[3];
ry(pi*0.501481064544) q[4];
ry(pi*0.00149176964) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
