// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002807796793) q[0];
rx(pi*-0.110920147173) q[1];
rx(pi*-0.000376334456) q[2];
rx(pi*-0.072261655926) q[3];
rx(pi*0.006145988014) q[4];
rx(pi*0.003642075645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177765804597) q[0];
rx(pi*-0.167527180276) q[1];
rx(pi*0.122588311114) q[2];
rx(pi*-0.065143085734) q[3];
rx(pi*0.003530967974) q[4];
rx(pi*-0.000988523362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.128425210538) q[0];
rx(pi*0.006395187347) q[1];
rx(pi*0.002612310495) q[2];
rx(pi*-0.064435919253) q[3];
rx(pi*0.00215307321) q[4];
rx(pi*-0.001932774263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.193175641029) q[0];
rx(pi*-0.110898138786) q[1];
rx(pi*0.122942446936) q[2];
rx(pi*-0.062419538316) q[3];
rx(pi*0.001471579672) q[4];
rx(pi*0.001306674923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029880111568) q[0];
rx(pi*-0.105665938777) q[1];
rx(pi*0.007485102926) q[2];
rx(pi*-0.069705628384) q[3];
rx(pi*-0.005087611663) q[4];
rx(pi*-0.004790058504) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
