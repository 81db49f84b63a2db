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
rz(pi*-0.004322051808) q[0];
rz(pi*-0.000366268413) q[1];
rz(pi*0.001253326224) q[2];
rz(pi*0.002745503927) q[3];
rz(pi*0.006493840299) q[4];
rz(pi*-0.000847991924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204502169) q[0];
rz(pi*0.000349303293) q[1];
rz(pi*0.000884405592) q[2];
rz(pi*-0.002755693774) q[3];
rz(pi*0.001321422825) q[4];
rz(pi*0.006342094484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839578309) q[0];
rz(pi*0.001842706775) q[1];
rz(pi*0.001481012981) q[2];
rz(pi*0.001710052881) q[3];
rz(pi*-0.005728008303) q[4];
rz(pi*-0.002812879118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547512929) q[0];
rz(pi*-0.001566459122) q[1];
rz(pi*-0.002211452503) q[2];
rz(pi*-0.004493835215) q[3];
rz(pi*0.000961929277) q[4];
rz(pi*-0.003117700915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405387488) q[0];
rz(pi*0.001242344783) q[1];
rz(pi*0.001844935629) q[2];
rz(pi*0.001079886407) q[3];
rz(pi*-0.002786931218) q[4];
rz(pi*-0.001599534551) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
