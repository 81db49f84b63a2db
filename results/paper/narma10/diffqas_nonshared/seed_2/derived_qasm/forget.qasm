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
ry(pi*0.058343124894) q[0];
ry(pi*0.038009741856) q[1];
ry(pi*0.041866740194) q[2];
ry(pi*0.056112190641) q[3];
ry(pi*-0.012032929245) q[4];
ry(pi*0.000832694553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.05273690088) q[0];
ry(pi*-0.008908390433) q[1];
ry(pi*0.001041340009) q[2];
ry(pi*-0.007218079882) q[3];
ry(pi*0.004819811033) q[4];
ry(pi*0.00226813744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053901253663) q[0];
ry(pi*0.032016509363) q[1];
ry(pi*-0.015939102573) q[2];
ry(pi*-0.000821455053) q[3];
ry(pi*0.005657091729) q[4];
ry(pi*-0.005562426612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061878601564) q[0];
ry(pi*-0.016902005093) q[1];
ry(pi*-0.012800629464) q[2];
ry(pi*0.004758270258) q[3];
ry(pi*-0.002805169068) q[4];
ry(pi*0.003029991385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058242621507) q[0];
ry(pi*0.040676674595) q[1];
ry(pi*0.036324734188) q[2];
ry(pi*0.055571538479) q[3];
ry(pi*0.027709176257) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
