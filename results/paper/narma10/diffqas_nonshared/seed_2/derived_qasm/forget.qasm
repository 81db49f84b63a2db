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
ry(pi*0.134969679614) q[0];
ry(pi*0.047688323867) q[1];
ry(pi*0.065136008899) q[2];
ry(pi*0.092087949594) q[3];
ry(pi*0.198645635971) q[4];
ry(pi*0.002479031537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.129642255384) q[0];
ry(pi*-0.015240673042) q[1];
ry(pi*0.003312527911) q[2];
ry(pi*-0.026264776232) q[3];
ry(pi*0.020796052464) q[4];
ry(pi*-0.000629097182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121089445074) q[0];
ry(pi*0.038147154353) q[1];
ry(pi*-0.041323280066) q[2];
ry(pi*-0.008394058216) q[3];
ry(pi*-0.028464839454) q[4];
ry(pi*-0.001785987005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096175239143) q[0];
ry(pi*-0.034132188917) q[1];
ry(pi*-0.021032633141) q[2];
ry(pi*-0.001054726468) q[3];
ry(pi*0.039286429906) q[4];
ry(pi*0.001196230927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101076601864) q[0];
ry(pi*0.064659399248) q[1];
ry(pi*0.079763812387) q[2];
ry(pi*0.082168987613) q[3];
ry(pi*-0.202288631202) q[4];
ry(pi*-0.004790026487) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
