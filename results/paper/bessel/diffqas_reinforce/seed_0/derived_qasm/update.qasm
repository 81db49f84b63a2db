// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.00199121166) q[0];
ry(pi*-0.035113535319) q[1];
ry(pi*0.129943941045) q[2];
ry(pi*-0.026327433731) q[3];
ry(pi*0.006862773678) q[4];
ry(pi*-0.032478334501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047877771496) q[0];
ry(pi*0.13392416738) q[1];
ry(pi*-0.136971171687) q[2];
ry(pi*-0.053981503643) q[3];
ry(pi*0.010279182126) q[4];
ry(pi*-7.5300501e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047975689847) q[0];
ry(pi*0.101640784976) q[1];
ry(pi*0.165991601969) q[2];
ry(pi*-0.009185456582) q[3];
ry(pi*-0.006527252493) q[4];
ry(pi*0.494338849566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042755362034) q[0];
ry(pi*0.246952945732) q[1];
ry(pi*-0.498843928506) q[2];
ry(pi*-0.024340944359) q[3];
ry(pi*0.046721842613) q[4];
ry(pi*0.002113990091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.234905478619) q[0];
ry(pi*0.016817091375) q[1];
ry(pi*0.027132871931) q[2];
ry(pi*0.017454746452) q[3];
ry(pi*0.00053178255) q[4];
ry(pi*0.00537632708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
