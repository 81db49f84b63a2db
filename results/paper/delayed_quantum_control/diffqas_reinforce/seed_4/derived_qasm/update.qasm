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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00066626309) q[0];
ry(pi*0.513176321569) q[1];
ry(pi*0.49728744223) q[2];
ry(pi*-0.353920291678) q[3];
ry(pi*-0.515328058831) q[4];
ry(pi*-0.163185684367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000152033222) q[0];
ry(pi*0.273914434461) q[1];
ry(pi*0.524388190928) q[2];
ry(pi*-0.006622695494) q[3];
ry(pi*-0.011823287498) q[4];
ry(pi*0.16469160827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006489153437) q[0];
ry(pi*-0.002369788235) q[1];
ry(pi*-0.000437408435) q[2];
ry(pi*0.480447838505) q[3];
ry(pi*-0.000192701715) q[4];
ry(pi*-0.511797571994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004079891067) q[0];
ry(pi*-0.501881503357) q[1];
ry(pi*-0.005735566571) q[2];
ry(pi*-0.034708334347) q[3];
ry(pi*-0.0053804246) q[4];
ry(pi*-0.000500532767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007629681192) q[0];
ry(pi*-0.880584036019) q[1];
ry(pi*0.007045586182) q[2];
ry(pi*-0.000160381491) q[3];
ry(pi*0.005578685071) q[4];
ry(pi*-0.001858310378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
