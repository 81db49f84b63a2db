// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.430565107667) q[0];
ry(pi*-0.502003346343) q[1];
ry(pi*0.013337366125) q[2];
ry(pi*-0.000336795657) q[3];
ry(pi*0.125909604435) q[4];
ry(pi*0.0002301461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.464254105056) q[0];
ry(pi*0.034998944666) q[1];
ry(pi*0.008275834282) q[2];
ry(pi*-0.001166142743) q[3];
ry(pi*0.000262476106) q[4];
ry(pi*-0.003178646717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000342102505) q[0];
ry(pi*-0.000108176447) q[1];
ry(pi*-0.000176045069) q[2];
ry(pi*9.457579e-06) q[3];
ry(pi*-6.1100164e-05) q[4];
ry(pi*-0.005504607163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-8.557922e-06) q[0];
ry(pi*0.000260794054) q[1];
ry(pi*-0.098348045641) q[2];
ry(pi*-0.001541286436) q[3];
ry(pi*-0.001314049541) q[4];
ry(pi*-0.000476696845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010923764628) q[0];
ry(pi*0.006137446127) q[1];
ry(pi*-0.013254577354) q[2];
ry(pi*0.000341199484) q[3];
ry(pi*-0.129845168921) q[4];
ry(pi*-0.000837079333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
