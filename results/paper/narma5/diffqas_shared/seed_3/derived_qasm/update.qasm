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
rz(pi*-0.020037813717) q[0];
rz(pi*-0.021574324061) q[1];
rz(pi*0.0207082205) q[2];
rz(pi*-0.013742756825) q[3];
rz(pi*0.000168946982) q[4];
rz(pi*-0.006159545228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018691656951) q[0];
rz(pi*0.030003370395) q[1];
rz(pi*0.004669075517) q[2];
rz(pi*0.013229561787) q[3];
rz(pi*-0.019896009029) q[4];
rz(pi*-0.002734288661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005010457206) q[0];
rz(pi*-0.001074872413) q[1];
rz(pi*0.027720970192) q[2];
rz(pi*-0.002781696222) q[3];
rz(pi*-0.007850411325) q[4];
rz(pi*-0.005800133796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024124911167) q[0];
rz(pi*0.018351287043) q[1];
rz(pi*0.009047902383) q[2];
rz(pi*-0.006262153998) q[3];
rz(pi*-0.002924806175) q[4];
rz(pi*0.000557588859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0119207173) q[0];
rz(pi*-0.01929366935) q[1];
rz(pi*0.029280771955) q[2];
rz(pi*-0.009701017878) q[3];
rz(pi*-0.009214034877) q[4];
rz(pi*-0.004648537518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
