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
rz(pi*-0.006012508805) q[0];
rz(pi*0.004129636426) q[1];
rz(pi*-0.002671376808) q[2];
rz(pi*-0.000773333791) q[3];
rz(pi*-7.6520227e-05) q[4];
rz(pi*0.000308723902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000541566114) q[0];
rz(pi*0.000852293179) q[1];
rz(pi*0.001233007894) q[2];
rz(pi*0.002718115283) q[3];
rz(pi*-0.001359923125) q[4];
rz(pi*-0.00238327519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003385387116) q[0];
rz(pi*0.00188664677) q[1];
rz(pi*-0.000147370762) q[2];
rz(pi*0.001760902216) q[3];
rz(pi*0.001713136397) q[4];
rz(pi*0.00536630769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000660510198) q[0];
rz(pi*0.002394872282) q[1];
rz(pi*-0.003827957287) q[2];
rz(pi*-0.003438706762) q[3];
rz(pi*-0.000992288267) q[4];
rz(pi*-0.003872932482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002195042855) q[0];
rz(pi*-0.004243237531) q[1];
rz(pi*0.000217671796) q[2];
rz(pi*-0.007824361149) q[3];
rz(pi*-0.003516622798) q[4];
rz(pi*-0.001079183303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
