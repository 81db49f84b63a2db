// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114656222704) q[0];
ry(pi*-0.085681099343) q[1];
ry(pi*-0.017951171953) q[2];
ry(pi*0.003517157295) q[3];
ry(pi*0.029002882862) q[4];
ry(pi*0.005583998626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119364879227) q[0];
ry(pi*-0.039475697294) q[1];
ry(pi*0.025755353213) q[2];
ry(pi*-0.022164310109) q[3];
ry(pi*0.01218793778) q[4];
ry(pi*-0.001647014296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132002190093) q[0];
ry(pi*-0.079697360339) q[1];
ry(pi*0.024321324166) q[2];
ry(pi*0.001700156666) q[3];
ry(pi*-0.008904102592) q[4];
ry(pi*0.005576917048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128726934145) q[0];
ry(pi*-0.057125743282) q[1];
ry(pi*-0.014651397286) q[2];
ry(pi*0.0104766742) q[3];
ry(pi*-0.001517433246) q[4];
ry(pi*-0.004001340631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084051871553) q[0];
ry(pi*-0.097265138121) q[1];
ry(pi*-0.017523897374) q[2];
ry(pi*-0.022855001131) q[3];
ry(pi*0.004642155263) q[4];
ry(pi*0.001255879838) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
