// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.005220825847) q[0];
ry(pi*0.01032548156) q[1];
ry(pi*-0.011948953492) q[2];
ry(pi*0.002459993126) q[3];
ry(pi*-0.499252070254) q[4];
ry(pi*0.497418468026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036949549458) q[0];
ry(pi*0.204073037095) q[1];
ry(pi*0.003051681386) q[2];
ry(pi*-0.029809734532) q[3];
ry(pi*0.004572590498) q[4];
ry(pi*-0.009644720399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029079006269) q[0];
ry(pi*0.010287543179) q[1];
ry(pi*-0.500090779539) q[2];
ry(pi*-0.005779531764) q[3];
ry(pi*-0.478830829164) q[4];
ry(pi*0.027308732701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.484412990991) q[0];
ry(pi*0.022060194785) q[1];
ry(pi*-0.004667698511) q[2];
ry(pi*-0.144910536146) q[3];
ry(pi*-2.6415234e-05) q[4];
ry(pi*0.00296289782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058083350033) q[0];
ry(pi*-0.140707275676) q[1];
ry(pi*-0.497576093614) q[2];
ry(pi*-0.296684008424) q[3];
ry(pi*-0.002064546073) q[4];
ry(pi*0.006891305134) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
