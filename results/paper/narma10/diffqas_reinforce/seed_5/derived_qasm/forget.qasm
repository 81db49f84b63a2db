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
rx(pi*0.030359911972) q[0];
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
rz(pi*0.002689697664) q[0];
rz(pi*0.002675969992) q[1];
rz(pi*-0.001930913599) q[2];
rz(pi*-0.000222903309) q[3];
rz(pi*0.00429842125) q[4];
rz(pi*-0.001262263426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600964859) q[0];
rz(pi*-6.7551838e-05) q[1];
rz(pi*0.001939196241) q[2];
rz(pi*-0.001161544371) q[3];
rz(pi*-0.000484983378) q[4];
rz(pi*0.000771525155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327931567) q[0];
rz(pi*-0.002753295204) q[1];
rz(pi*0.002851369487) q[2];
rz(pi*-0.004133192334) q[3];
rz(pi*-0.00382326835) q[4];
rz(pi*-0.004082297049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077971982) q[0];
rz(pi*-0.001147848197) q[1];
rz(pi*-0.003090907838) q[2];
rz(pi*-0.003616066972) q[3];
rz(pi*0.001340500071) q[4];
rz(pi*-0.003357662299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049150473) q[0];
rz(pi*0.001954399193) q[1];
rz(pi*-0.003809238003) q[2];
rz(pi*-0.001026351686) q[3];
rz(pi*-2.152152e-05) q[4];
rz(pi*-0.001417546917) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
