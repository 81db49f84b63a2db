// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.156730785633) q[0];
rx(pi*-0.066751372354) q[1];
rx(pi*0.12712442947) q[2];
rx(pi*-0.00346100063) q[3];
rx(pi*0.01127252049) q[4];
rx(pi*-0.000742325058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115228279506) q[0];
rx(pi*-0.148585832479) q[1];
rx(pi*0.122345213298) q[2];
rx(pi*-0.00513885409) q[3];
rx(pi*-0.001355745118) q[4];
rx(pi*-0.002314507873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175537607162) q[0];
rx(pi*-0.068079317654) q[1];
rx(pi*0.132930630987) q[2];
rx(pi*0.006598537257) q[3];
rx(pi*-0.005790803354) q[4];
rx(pi*0.001509408218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.116868549435) q[0];
rx(pi*-0.149972398826) q[1];
rx(pi*0.125968571735) q[2];
rx(pi*0.003268307476) q[3];
rx(pi*0.001678702787) q[4];
rx(pi*-0.003920554968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.16140850709) q[0];
rx(pi*-0.066755138444) q[1];
rx(pi*0.131347658756) q[2];
rx(pi*-0.003282824296) q[3];
rx(pi*-0.007380596288) q[4];
rx(pi*0.000253098326) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
