// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.000243055276) q[0];
ry(pi*-0.001157423209) q[1];
ry(pi*-0.006931792977) q[2];
ry(pi*-0.053497219515) q[3];
ry(pi*0.002841935288) q[4];
ry(pi*0.031431752678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044815527329) q[0];
ry(pi*0.016355856764) q[1];
ry(pi*0.006114604717) q[2];
ry(pi*0.021210623602) q[3];
ry(pi*-0.003039200875) q[4];
ry(pi*0.005910231465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001524570408) q[0];
ry(pi*8.4115167e-05) q[1];
ry(pi*0.019470418282) q[2];
ry(pi*0.024200225861) q[3];
ry(pi*0.004411819288) q[4];
ry(pi*-0.152415234956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011504892775) q[0];
ry(pi*0.03091753904) q[1];
ry(pi*0.015175454222) q[2];
ry(pi*-0.001193320241) q[3];
ry(pi*0.003914351176) q[4];
ry(pi*0.005218785091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225291513043) q[0];
ry(pi*-0.084291146361) q[1];
ry(pi*0.00468710526) q[2];
ry(pi*-0.004181353172) q[3];
ry(pi*0.049821131069) q[4];
ry(pi*-0.003388637385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
