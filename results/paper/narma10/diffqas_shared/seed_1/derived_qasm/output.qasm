// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.121894487218) q[0];
rx(pi*-0.157524159537) q[1];
rx(pi*0.206020513755) q[2];
rx(pi*-0.041895000101) q[3];
rx(pi*0.112823711409) q[4];
rx(pi*-0.034644443619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141668150483) q[0];
rx(pi*-0.109446903828) q[1];
rx(pi*0.027343277332) q[2];
rx(pi*-0.039646416449) q[3];
rx(pi*0.089906463064) q[4];
rx(pi*-0.01844376733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.035816079565) q[0];
rx(pi*-0.064662861774) q[1];
rx(pi*-0.013935449979) q[2];
rx(pi*-0.034737879658) q[3];
rx(pi*-0.048378125541) q[4];
rx(pi*-0.119211266375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.069793652447) q[0];
rx(pi*0.049776246291) q[1];
rx(pi*0.074288177796) q[2];
rx(pi*-0.012239241275) q[3];
rx(pi*-0.04747938174) q[4];
rx(pi*-0.107000187772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01294676231) q[0];
rx(pi*-0.02623832585) q[1];
rx(pi*0.201401901893) q[2];
rx(pi*-0.079324868383) q[3];
rx(pi*-0.095504590458) q[4];
rx(pi*0.002119579936) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
