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
rz(pi*-0.010233715122) q[0];
rz(pi*0.007204917538) q[1];
rz(pi*0.007972423286) q[2];
rz(pi*0.026440508936) q[3];
rz(pi*0.030840478854) q[4];
rz(pi*0.008688486801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.047281348942) q[0];
rz(pi*0.071447312393) q[1];
rz(pi*0.012208012132) q[2];
rz(pi*-0.006041679404) q[3];
rz(pi*0.069367733234) q[4];
rz(pi*-0.042183309975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.022279560065) q[0];
rz(pi*0.056428570695) q[1];
rz(pi*0.083767157015) q[2];
rz(pi*-0.011760618141) q[3];
rz(pi*0.001826284232) q[4];
rz(pi*0.035550318802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.055786238835) q[0];
rz(pi*0.009364454378) q[1];
rz(pi*0.030349117891) q[2];
rz(pi*-0.00218023003) q[3];
rz(pi*0.021823199079) q[4];
rz(pi*-0.001960285043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034070389935) q[0];
rz(pi*0.011043977143) q[1];
rz(pi*-0.028762303678) q[2];
rz(pi*0.007089607107) q[3];
rz(pi*0.002143940055) q[4];
rz(pi*0.00207885019) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
