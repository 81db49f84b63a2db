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
rz(pi*-0.002356042479) q[0];
rz(pi*-0.00209328771) q[1];
rz(pi*0.005043955964) q[2];
rz(pi*0.003085627782) q[3];
rz(pi*-0.001329805074) q[4];
rz(pi*-0.003991211259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326875799) q[0];
rz(pi*0.004998254172) q[1];
rz(pi*0.003832913621) q[2];
rz(pi*0.002678724598) q[3];
rz(pi*-0.006006800972) q[4];
rz(pi*-0.004109761287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00179825763) q[0];
rz(pi*-0.0009069132) q[1];
rz(pi*0.000813171522) q[2];
rz(pi*-0.001672551318) q[3];
rz(pi*-0.002091328774) q[4];
rz(pi*0.001761337997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001275424436) q[0];
rz(pi*-8.754391e-06) q[1];
rz(pi*0.000812880334) q[2];
rz(pi*0.00073735946) q[3];
rz(pi*0.003688038905) q[4];
rz(pi*0.004355356391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00435588911) q[0];
rz(pi*-0.000857774895) q[1];
rz(pi*-0.002065291346) q[2];
rz(pi*0.002397788008) q[3];
rz(pi*-0.003406789561) q[4];
rz(pi*0.002461242659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
