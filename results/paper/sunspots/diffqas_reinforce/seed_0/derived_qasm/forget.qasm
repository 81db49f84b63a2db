// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.258922814307) q[0];
ry(pi*-0.189691599479) q[1];
ry(pi*0.364951350751) q[2];
ry(pi*0.409301818089) q[3];
ry(pi*0.005590416751) q[4];
ry(pi*4.7761868e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.208352131637) q[0];
ry(pi*-0.032935136604) q[1];
ry(pi*0.101594292258) q[2];
ry(pi*-0.031765511769) q[3];
ry(pi*-0.009931294267) q[4];
ry(pi*0.001102861515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002591545712) q[0];
ry(pi*0.0651489578) q[1];
ry(pi*0.066458646573) q[2];
ry(pi*0.014280436194) q[3];
ry(pi*0.000259134383) q[4];
ry(pi*-0.000605897217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043021388416) q[0];
ry(pi*-0.018724428815) q[1];
ry(pi*0.040923315571) q[2];
ry(pi*0.091444517315) q[3];
ry(pi*0.004281702702) q[4];
ry(pi*-0.000903443707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.179998593437) q[0];
ry(pi*0.653872678429) q[1];
ry(pi*0.202751888782) q[2];
ry(pi*0.110209219344) q[3];
ry(pi*0.509483503903) q[4];
ry(pi*-0.003636617719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
