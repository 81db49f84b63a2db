// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000316065892) q[0];
rz(pi*-0.000513910111) q[1];
rz(pi*0.001178425744) q[2];
rz(pi*-0.000784497548) q[3];
rz(pi*-0.004945902729) q[4];
rz(pi*0.001896333692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917674009) q[0];
rz(pi*-0.000490364041) q[1];
rz(pi*0.003135151989) q[2];
rz(pi*0.003878646836) q[3];
rz(pi*-0.003476815305) q[4];
rz(pi*-0.002486196417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925208204) q[0];
rz(pi*0.004516369504) q[1];
rz(pi*-0.002350311079) q[2];
rz(pi*-0.003758242815) q[3];
rz(pi*-0.002029368671) q[4];
rz(pi*-0.001585490863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042207507) q[0];
rz(pi*9.9292939e-05) q[1];
rz(pi*-0.004074841352) q[2];
rz(pi*-0.003852719687) q[3];
rz(pi*0.002916100056) q[4];
rz(pi*-0.002174621212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227449876) q[0];
rz(pi*0.002002530089) q[1];
rz(pi*0.002588627466) q[2];
rz(pi*-0.001072706407) q[3];
rz(pi*0.000140443449) q[4];
rz(pi*-0.002627349362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
