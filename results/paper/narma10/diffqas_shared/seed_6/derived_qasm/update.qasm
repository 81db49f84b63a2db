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
rz(pi*0.003080513737) q[0];
rz(pi*0.000304789299) q[1];
rz(pi*0.001828662199) q[2];
rz(pi*0.004608748998) q[3];
rz(pi*-0.003966258538) q[4];
rz(pi*0.002368504461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005999146061) q[0];
rz(pi*0.00137402877) q[1];
rz(pi*0.00064618103) q[2];
rz(pi*-0.001729513288) q[3];
rz(pi*-0.003429220981) q[4];
rz(pi*-0.000196827898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001305869767) q[0];
rz(pi*0.000310666293) q[1];
rz(pi*-0.002889644041) q[2];
rz(pi*0.001736483994) q[3];
rz(pi*-0.003297237951) q[4];
rz(pi*-0.0009684018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001247811084) q[0];
rz(pi*0.004035874885) q[1];
rz(pi*-0.004760986918) q[2];
rz(pi*-0.001317911384) q[3];
rz(pi*0.003763911219) q[4];
rz(pi*-0.00209556859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003945412824) q[0];
rz(pi*0.000900209372) q[1];
rz(pi*-0.000923172548) q[2];
rz(pi*0.002657069578) q[3];
rz(pi*-0.002929682171) q[4];
rz(pi*0.000607712858) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
