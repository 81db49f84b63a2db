// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.011486248493) q[0];
ry(pi*-0.004447101188) q[1];
ry(pi*0.022068770467) q[2];
ry(pi*0.014129115487) q[3];
ry(pi*0.045564666272) q[4];
ry(pi*-0.004916652681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033574124517) q[0];
ry(pi*0.508499311589) q[1];
ry(pi*-0.021004211965) q[2];
ry(pi*-0.332160485292) q[3];
ry(pi*0.098824024449) q[4];
ry(pi*0.466662960994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003527088343) q[0];
ry(pi*2.449189e-06) q[1];
ry(pi*0.153828182908) q[2];
ry(pi*0.105858417302) q[3];
ry(pi*-0.00098670398) q[4];
ry(pi*0.000861512897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077535799937) q[0];
ry(pi*-0.00700380582) q[1];
ry(pi*-0.264187827683) q[2];
ry(pi*-0.053085871372) q[3];
ry(pi*-0.000484395889) q[4];
ry(pi*0.259109107716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065195422059) q[0];
ry(pi*0.040361793388) q[1];
ry(pi*-0.100464294378) q[2];
ry(pi*0.00713303454) q[3];
ry(pi*-0.037667003912) q[4];
ry(pi*0.002266419073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
