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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.002688032509) q[0];
ry(pi*-0.001064461933) q[1];
ry(pi*0.000845654422) q[2];
ry(pi*0.000399762131) q[3];
ry(pi*-0.00223649401) q[4];
ry(pi*-0.001536593646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000246855384) q[0];
ry(pi*-0.000828942989) q[1];
ry(pi*0.006631876525) q[2];
ry(pi*-0.000132288882) q[3];
ry(pi*-0.000930325422) q[4];
ry(pi*0.000965860638) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001005902844) q[0];
ry(pi*0.002213181394) q[1];
ry(pi*-0.024643647434) q[2];
ry(pi*0.001243615883) q[3];
ry(pi*-5.6243729e-05) q[4];
ry(pi*-0.139892946372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000259091472) q[0];
ry(pi*0.00165543538) q[1];
ry(pi*0.003836869142) q[2];
ry(pi*0.008035852146) q[3];
ry(pi*-0.006820569987) q[4];
ry(pi*-0.001296180325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008590863121) q[0];
ry(pi*0.066304445566) q[1];
ry(pi*-0.00720276591) q[2];
ry(pi*0.003738095239) q[3];
ry(pi*0.003396504257) q[4];
ry(pi*-0.004144622525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
