// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.202918659234) q[0];
ry(pi*0.040915854538) q[1];
ry(pi*-0.00283613022) q[2];
ry(pi*-5.6680023e-05) q[3];
ry(pi*-3.7551e-08) q[4];
ry(pi*7.718e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.198999344907) q[0];
ry(pi*-0.054255332567) q[1];
ry(pi*-0.026484646662) q[2];
ry(pi*-4.2263287e-05) q[3];
ry(pi*1.6039e-08) q[4];
ry(pi*-3.044e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.207588611352) q[0];
ry(pi*-0.127946186604) q[1];
ry(pi*-0.012045695533) q[2];
ry(pi*-2.8133792e-05) q[3];
ry(pi*-7.531e-09) q[4];
ry(pi*-3.941e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.163995061783) q[0];
ry(pi*-0.011519267003) q[1];
ry(pi*-0.003960118186) q[2];
ry(pi*-0.000401141546) q[3];
ry(pi*0.002348885158) q[4];
ry(pi*-0.003498229608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.197335434934) q[0];
ry(pi*-0.643829795946) q[1];
ry(pi*-0.340350033889) q[2];
ry(pi*0.001776425037) q[3];
ry(pi*0.0077405354) q[4];
ry(pi*0.002043028753) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
