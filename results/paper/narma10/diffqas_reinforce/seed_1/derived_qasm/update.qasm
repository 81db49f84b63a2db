// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.007411416924) q[0];
ry(pi*0.02804575043) q[1];
ry(pi*-0.066961149282) q[2];
ry(pi*-0.078463126183) q[3];
ry(pi*-0.006648495466) q[4];
ry(pi*-0.063560274771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.126956786271) q[0];
ry(pi*-0.063781293052) q[1];
ry(pi*0.02627737888) q[2];
ry(pi*-0.494773742888) q[3];
ry(pi*-0.05706684713) q[4];
ry(pi*-0.083746201615) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.116926454261) q[0];
ry(pi*-0.04892813601) q[1];
ry(pi*0.067505534332) q[2];
ry(pi*-0.003005265744) q[3];
ry(pi*-0.003809313598) q[4];
ry(pi*-0.144197853338) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038672365069) q[0];
ry(pi*0.255257583016) q[1];
ry(pi*0.008156402614) q[2];
ry(pi*0.303848838918) q[3];
ry(pi*-0.527549657822) q[4];
ry(pi*-0.055452764336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001210245636) q[0];
ry(pi*0.064902018002) q[1];
ry(pi*-0.093906430542) q[2];
ry(pi*-0.034151515032) q[3];
ry(pi*-0.001979435512) q[4];
ry(pi*-0.00462602072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
