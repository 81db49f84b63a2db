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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000662987253) q[0];
rz(pi*-0.003979527011) q[1];
rz(pi*0.000265713294) q[2];
rz(pi*-0.003195270105) q[3];
rz(pi*-0.00048688358) q[4];
rz(pi*0.00500719923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002961162999) q[0];
rz(pi*0.003396916914) q[1];
rz(pi*0.001659378895) q[2];
rz(pi*-0.000100531902) q[3];
rz(pi*-0.004959026237) q[4];
rz(pi*-0.001542730885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001721085089) q[0];
rz(pi*0.002152099374) q[1];
rz(pi*0.003165654831) q[2];
rz(pi*0.001523207631) q[3];
rz(pi*-0.002545184024) q[4];
rz(pi*0.005890221738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004519483702) q[0];
rz(pi*-0.000692820194) q[1];
rz(pi*0.00062741387) q[2];
rz(pi*0.00203807153) q[3];
rz(pi*0.000330716188) q[4];
rz(pi*-0.000313667025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001573770597) q[0];
rz(pi*3.3128236e-05) q[1];
rz(pi*0.000650349772) q[2];
rz(pi*-0.005129084904) q[3];
rz(pi*-0.005117119622) q[4];
rz(pi*0.005542051659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
