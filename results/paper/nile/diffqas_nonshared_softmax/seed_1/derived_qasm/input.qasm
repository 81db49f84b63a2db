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
rx(pi*0.162612878141) q[0];
rx(pi*0.100694130244) q[1];
rx(pi*4.5164492e-05) q[2];
rx(pi*0.004891288192) q[3];
rx(pi*0.003837067466) q[4];
rx(pi*-0.002095074261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.297851022135) q[0];
rx(pi*0.094119152989) q[1];
rx(pi*0.00252939514) q[2];
rx(pi*0.006993167444) q[3];
rx(pi*0.000137751097) q[4];
rx(pi*-0.005404176109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044806923188) q[0];
rx(pi*0.102739136313) q[1];
rx(pi*-0.007631433207) q[2];
rx(pi*0.002201774326) q[3];
rx(pi*0.00866323526) q[4];
rx(pi*0.002612154859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103341502079) q[0];
rx(pi*0.10076001311) q[1];
rx(pi*0.003879298728) q[2];
rx(pi*-0.000631567642) q[3];
rx(pi*-0.0008785963) q[4];
rx(pi*0.001297508566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023706533622) q[0];
rx(pi*0.100534246899) q[1];
rx(pi*-0.006387576311) q[2];
rx(pi*0.004200769704) q[3];
rx(pi*0.004469423811) q[4];
rx(pi*0.000139068684) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
