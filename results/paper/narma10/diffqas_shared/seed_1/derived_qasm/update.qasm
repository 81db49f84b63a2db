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
rz(pi*-0.004540035635) q[0];
rz(pi*-0.003611021704) q[1];
rz(pi*-0.002337059355) q[2];
rz(pi*0.00608306786) q[3];
rz(pi*-0.003368488623) q[4];
rz(pi*-0.001692624485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004272682346) q[0];
rz(pi*0.001836980118) q[1];
rz(pi*-0.002170463512) q[2];
rz(pi*0.006881598201) q[3];
rz(pi*0.001335088688) q[4];
rz(pi*0.00030871914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00489091437) q[0];
rz(pi*-0.002756211671) q[1];
rz(pi*0.000943304116) q[2];
rz(pi*-0.003420982362) q[3];
rz(pi*0.001677264712) q[4];
rz(pi*0.001790195991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002823891612) q[0];
rz(pi*-0.003398052611) q[1];
rz(pi*-0.000930510703) q[2];
rz(pi*0.000709295061) q[3];
rz(pi*0.002292544843) q[4];
rz(pi*0.000897352862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000802589546) q[0];
rz(pi*0.003135141021) q[1];
rz(pi*-0.003792626769) q[2];
rz(pi*0.000420754068) q[3];
rz(pi*0.000608797936) q[4];
rz(pi*0.002923582729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
