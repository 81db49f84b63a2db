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
rz(pi*0.004851296308) q[0];
rz(pi*-0.00293863553) q[1];
rz(pi*-0.001442855673) q[2];
rz(pi*-0.002491553995) q[3];
rz(pi*-0.004460117382) q[4];
rz(pi*0.001981692232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351452578) q[0];
rz(pi*-0.002177825679) q[1];
rz(pi*0.003000925135) q[2];
rz(pi*0.002754056486) q[3];
rz(pi*-0.001978138102) q[4];
rz(pi*-0.004163604759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331990216) q[0];
rz(pi*-0.00508620768) q[1];
rz(pi*-0.003216281534) q[2];
rz(pi*-0.001234245791) q[3];
rz(pi*-0.000503395614) q[4];
rz(pi*-0.001767338869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462752579) q[0];
rz(pi*0.004399181956) q[1];
rz(pi*0.00199612071) q[2];
rz(pi*0.004390157153) q[3];
rz(pi*0.002852214367) q[4];
rz(pi*0.000738422824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863840385) q[0];
rz(pi*-0.004252965215) q[1];
rz(pi*-6.5434506e-05) q[2];
rz(pi*-0.001300636401) q[3];
rz(pi*-0.002974689383) q[4];
rz(pi*0.001304108414) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
