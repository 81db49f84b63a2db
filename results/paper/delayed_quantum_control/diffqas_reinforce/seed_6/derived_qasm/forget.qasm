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
ry(pi*-0.427921900349) q[0];
ry(pi*0.008692192416) q[1];
ry(pi*-0.001241793462) q[2];
ry(pi*0.501224287377) q[3];
ry(pi*-0.62041465527) q[4];
ry(pi*0.009005294335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000485573274) q[0];
ry(pi*0.016788864669) q[1];
ry(pi*-0.000220615814) q[2];
ry(pi*0.499227178009) q[3];
ry(pi*-0.498640199141) q[4];
ry(pi*-0.000264900153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498512967895) q[0];
ry(pi*-0.000147474343) q[1];
ry(pi*-0.500187578497) q[2];
ry(pi*0.499289143003) q[3];
ry(pi*0.000161941573) q[4];
ry(pi*0.0006953598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500675443732) q[0];
ry(pi*0.484410145079) q[1];
ry(pi*-0.075769887729) q[2];
ry(pi*0.102686316183) q[3];
ry(pi*0.000296229162) q[4];
ry(pi*-0.000188037568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.49979138958) q[0];
ry(pi*-0.100655644025) q[1];
ry(pi*-0.067514442037) q[2];
ry(pi*0.260784875656) q[3];
ry(pi*0.501523487608) q[4];
ry(pi*0.0018342224) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
