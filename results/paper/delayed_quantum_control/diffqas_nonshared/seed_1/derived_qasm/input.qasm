// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.00601250169) q[0];
rz(pi*0.004129598184) q[1];
rz(pi*-0.002671373251) q[2];
rz(pi*-0.000773323712) q[3];
rz(pi*-7.6533503e-05) q[4];
rz(pi*0.000308737316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000541564113) q[0];
rz(pi*0.000852251083) q[1];
rz(pi*0.001232955719) q[2];
rz(pi*0.002718113208) q[3];
rz(pi*-0.001359932908) q[4];
rz(pi*-0.00238326348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003385370218) q[0];
rz(pi*0.001886642768) q[1];
rz(pi*-0.000147353225) q[2];
rz(pi*0.00176087687) q[3];
rz(pi*0.001713157149) q[4];
rz(pi*0.00536632192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00066052376) q[0];
rz(pi*0.002394879842) q[1];
rz(pi*-0.003827975074) q[2];
rz(pi*-0.003438705577) q[3];
rz(pi*-0.000992276409) q[4];
rz(pi*-0.003872941968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002195027291) q[0];
rz(pi*-0.004243244646) q[1];
rz(pi*0.000217673482) q[2];
rz(pi*-0.007824362335) q[3];
rz(pi*-0.003516617461) q[4];
rz(pi*-0.00107918649) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
