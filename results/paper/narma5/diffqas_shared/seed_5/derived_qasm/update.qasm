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
rz(pi*0.002689692328) q[0];
rz(pi*0.002675912777) q[1];
rz(pi*-0.001930912562) q[2];
rz(pi*-0.000222879408) q[3];
rz(pi*0.004298440816) q[4];
rz(pi*-0.001262263574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600974271) q[0];
rz(pi*-6.7506949e-05) q[1];
rz(pi*0.001939242636) q[2];
rz(pi*-0.001161518506) q[3];
rz(pi*-0.000484995421) q[4];
rz(pi*0.000771524413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327964955) q[0];
rz(pi*-0.002753329296) q[1];
rz(pi*0.002851352293) q[2];
rz(pi*-0.004133202117) q[3];
rz(pi*-0.003823293252) q[4];
rz(pi*-0.004082302088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077976132) q[0];
rz(pi*-0.001147835005) q[1];
rz(pi*-0.003090920289) q[2];
rz(pi*-0.003616053336) q[3];
rz(pi*0.001340511929) q[4];
rz(pi*-0.003357659335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049137133) q[0];
rz(pi*0.001954412978) q[1];
rz(pi*-0.003809254011) q[2];
rz(pi*-0.0010263568) q[3];
rz(pi*-2.1532102e-05) q[4];
rz(pi*-0.001417546472) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
