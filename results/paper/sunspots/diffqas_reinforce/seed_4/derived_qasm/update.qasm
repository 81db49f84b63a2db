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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010340390582) q[0];
ry(pi*0.062629927115) q[1];
ry(pi*0.183646901036) q[2];
ry(pi*0.25000334616) q[3];
ry(pi*-0.025793986471) q[4];
ry(pi*0.01146280292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.213308382518) q[0];
ry(pi*0.258397326114) q[1];
ry(pi*-0.005706295179) q[2];
ry(pi*0.376961896897) q[3];
ry(pi*-0.028879182919) q[4];
ry(pi*0.007476746023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038132097106) q[0];
ry(pi*0.160128264021) q[1];
ry(pi*0.020409843212) q[2];
ry(pi*0.223470812283) q[3];
ry(pi*0.049023421892) q[4];
ry(pi*0.493084940671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021099777695) q[0];
ry(pi*0.181012743719) q[1];
ry(pi*0.368229120588) q[2];
ry(pi*-0.001134584616) q[3];
ry(pi*-0.163095886352) q[4];
ry(pi*-0.498247349427) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011830014523) q[0];
ry(pi*-0.006601870531) q[1];
ry(pi*-0.001790957717) q[2];
ry(pi*0.030150107997) q[3];
ry(pi*-0.002886608994) q[4];
ry(pi*0.005887445195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
