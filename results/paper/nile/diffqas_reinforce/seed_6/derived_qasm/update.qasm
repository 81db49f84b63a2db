// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*0.00307919187) q[0];
rz(pi*0.000304635534) q[1];
rz(pi*0.001829111023) q[2];
rz(pi*0.004609219759) q[3];
rz(pi*-0.0039670465) q[4];
rz(pi*0.002369118111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006000307549) q[0];
rz(pi*0.001374787976) q[1];
rz(pi*0.00064728093) q[2];
rz(pi*-0.00172816222) q[3];
rz(pi*-0.00342964609) q[4];
rz(pi*-0.000196734257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001306770972) q[0];
rz(pi*0.000310309238) q[1];
rz(pi*-0.002890251762) q[2];
rz(pi*0.001737531942) q[3];
rz(pi*-0.003297565824) q[4];
rz(pi*-0.000968402541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00124860453) q[0];
rz(pi*0.004036608894) q[1];
rz(pi*-0.004760467836) q[2];
rz(pi*-0.001318444845) q[3];
rz(pi*0.003764144228) q[4];
rz(pi*-0.002095729859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003946169659) q[0];
rz(pi*0.000900105615) q[1];
rz(pi*-0.000922679553) q[2];
rz(pi*0.002657354762) q[3];
rz(pi*-0.002929775553) q[4];
rz(pi*0.000607564559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
