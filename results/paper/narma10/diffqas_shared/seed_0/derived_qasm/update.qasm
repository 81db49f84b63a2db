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
rz(pi*-0.004322043803) q[0];
rz(pi*-0.000366263595) q[1];
rz(pi*0.001253323853) q[2];
rz(pi*0.002745475171) q[3];
rz(pi*0.00649387943) q[4];
rz(pi*-0.000847975248) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204516399) q[0];
rz(pi*0.000349308036) q[1];
rz(pi*0.00088440411) q[2];
rz(pi*-0.002755703261) q[3];
rz(pi*0.001321426086) q[4];
rz(pi*0.006342111085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839563486) q[0];
rz(pi*0.00184270559) q[1];
rz(pi*0.001481008238) q[2];
rz(pi*0.001710037466) q[3];
rz(pi*-0.005728009488) q[4];
rz(pi*-0.002812889197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547513225) q[0];
rz(pi*-0.001566441632) q[1];
rz(pi*-0.002211461989) q[2];
rz(pi*-0.004493841441) q[3];
rz(pi*0.000961926609) q[4];
rz(pi*-0.003117700915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405394603) q[0];
rz(pi*0.001242342782) q[1];
rz(pi*0.001844939038) q[2];
rz(pi*0.001079883738) q[3];
rz(pi*-0.002786934182) q[4];
rz(pi*-0.001599535143) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
