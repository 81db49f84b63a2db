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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011315962153) q[0];
ry(pi*0.012014835173) q[1];
ry(pi*-0.029061949769) q[2];
ry(pi*-0.04970977527) q[3];
ry(pi*-0.106337517127) q[4];
ry(pi*-0.011742942655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011329431619) q[0];
ry(pi*-0.03419647333) q[1];
ry(pi*0.002826606198) q[2];
ry(pi*-0.526457093173) q[3];
ry(pi*-0.045824815845) q[4];
ry(pi*-0.049837419173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042449364816) q[0];
ry(pi*0.01111963216) q[1];
ry(pi*0.064788660578) q[2];
ry(pi*-0.029310580513) q[3];
ry(pi*-0.015947876283) q[4];
ry(pi*-0.001808931727) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00942437743) q[0];
ry(pi*0.302307777487) q[1];
ry(pi*0.005753786338) q[2];
ry(pi*0.327179607785) q[3];
ry(pi*-0.500580807666) q[4];
ry(pi*-0.022645791014) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041371579938) q[0];
ry(pi*0.033917502791) q[1];
ry(pi*-0.082812647565) q[2];
ry(pi*-0.057101994145) q[3];
ry(pi*0.001803076263) q[4];
ry(pi*-0.004626015088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
