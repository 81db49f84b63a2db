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
ry(pi*0.009676918931) q[0];
ry(pi*0.039771316419) q[1];
ry(pi*0.018879979259) q[2];
ry(pi*0.033455260252) q[3];
ry(pi*-0.024528542145) q[4];
ry(pi*0.001669928188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011205876342) q[0];
ry(pi*-0.005270958961) q[1];
ry(pi*0.002049392331) q[2];
ry(pi*-0.008821517186) q[3];
ry(pi*-0.00998876272) q[4];
ry(pi*0.004104779755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016271656895) q[0];
ry(pi*0.046419360096) q[1];
ry(pi*0.041029747943) q[2];
ry(pi*-0.007348493806) q[3];
ry(pi*0.004997875903) q[4];
ry(pi*-0.002540726021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051127248223) q[0];
ry(pi*-0.006309358194) q[1];
ry(pi*-0.003489777545) q[2];
ry(pi*0.005768355036) q[3];
ry(pi*0.091106954188) q[4];
ry(pi*0.002350701947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0499337533) q[0];
ry(pi*0.039924367203) q[1];
ry(pi*0.02449867904) q[2];
ry(pi*0.037764440829) q[3];
ry(pi*-0.001187440542) q[4];
ry(pi*0.000395773407) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
