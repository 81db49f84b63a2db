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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002689700332) q[0];
rz(pi*0.002675991336) q[1];
rz(pi*-0.001930906929) q[2];
rz(pi*-0.000222899937) q[3];
rz(pi*0.004298438444) q[4];
rz(pi*-0.001262264612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00060095263) q[0];
rz(pi*-6.7560533e-05) q[1];
rz(pi*0.001939173118) q[2];
rz(pi*-0.001161542667) q[3];
rz(pi*-0.000484976189) q[4];
rz(pi*0.000771517966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327935013) q[0];
rz(pi*-0.002753279492) q[1];
rz(pi*0.0028513517) q[2];
rz(pi*-0.004133192927) q[3];
rz(pi*-0.003823271611) q[4];
rz(pi*-0.004082296456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077969313) q[0];
rz(pi*-0.001147871839) q[1];
rz(pi*-0.003090898055) q[2];
rz(pi*-0.003616061933) q[3];
rz(pi*0.001340500071) q[4];
rz(pi*-0.003357659631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00404914988) q[0];
rz(pi*0.001954416387) q[1];
rz(pi*-0.003809245118) q[2];
rz(pi*-0.001026355911) q[3];
rz(pi*-2.1526908e-05) q[4];
rz(pi*-0.001417545435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
