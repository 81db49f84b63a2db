// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.026151916842) q[0];
ry(pi*0.070645035527) q[1];
ry(pi*0.165008035756) q[2];
ry(pi*0.2811462767) q[3];
ry(pi*-0.027170030058) q[4];
ry(pi*-0.00152893162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.216561392919) q[0];
ry(pi*0.233867024246) q[1];
ry(pi*-0.018313511117) q[2];
ry(pi*0.398312537006) q[3];
ry(pi*-0.019599289485) q[4];
ry(pi*0.001666945464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011957206637) q[0];
ry(pi*0.148064698532) q[1];
ry(pi*0.060133839226) q[2];
ry(pi*0.253194979723) q[3];
ry(pi*0.05633261128) q[4];
ry(pi*0.502723627736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038774874825) q[0];
ry(pi*0.174516949227) q[1];
ry(pi*0.393697264347) q[2];
ry(pi*-0.002891181723) q[3];
ry(pi*0.001144736073) q[4];
ry(pi*-0.503655303485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021802042093) q[0];
ry(pi*0.002917965017) q[1];
ry(pi*0.001689964447) q[2];
ry(pi*0.036179189497) q[3];
ry(pi*0.002686321108) q[4];
ry(pi*0.005892043122) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
