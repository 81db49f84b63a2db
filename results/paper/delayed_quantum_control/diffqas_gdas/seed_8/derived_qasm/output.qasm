// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.253408707726) q[0];
ry(pi*0.013551363303) q[1];
ry(pi*0.002274775679) q[2];
ry(pi*-0.000189908237) q[3];
ry(pi*3.5455118e-05) q[4];
ry(pi*0.008660493697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.478688761229) q[0];
ry(pi*-0.495934950938) q[1];
ry(pi*2.62999e-07) q[2];
ry(pi*0.033550297117) q[3];
ry(pi*-0.000396081343) q[4];
ry(pi*-0.002345380091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007028934631) q[0];
ry(pi*0.500135631114) q[1];
ry(pi*0.000462765957) q[2];
ry(pi*-0.499991134668) q[3];
ry(pi*-0.500038983938) q[4];
ry(pi*-0.355066169747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500002252698) q[0];
ry(pi*-0.000723995605) q[1];
ry(pi*0.004371211976) q[2];
ry(pi*-0.814628845535) q[3];
ry(pi*-5.878258e-06) q[4];
ry(pi*-2.0295821e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.216203756625) q[0];
ry(pi*-0.499709958547) q[1];
ry(pi*1.001673575956) q[2];
ry(pi*-0.363071037618) q[3];
ry(pi*-0.500016520204) q[4];
ry(pi*-0.001026001728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
