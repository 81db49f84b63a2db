// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.27347354575) q[0];
rx(pi*-0.243080361281) q[1];
rx(pi*-0.193046702236) q[2];
rx(pi*-0.075231237193) q[3];
rx(pi*0.059323038854) q[4];
rx(pi*-0.000757297002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.290199654499) q[0];
rx(pi*-0.00596727896) q[1];
rx(pi*-0.199663296212) q[2];
rx(pi*-0.043717114331) q[3];
rx(pi*0.022325789537) q[4];
rx(pi*-0.001853403996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.27737540515) q[0];
rx(pi*0.018244937678) q[1];
rx(pi*-0.377256088323) q[2];
rx(pi*-0.208981286924) q[3];
rx(pi*0.056618582763) q[4];
rx(pi*0.00145851234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.197805067357) q[0];
rx(pi*-0.077916269933) q[1];
rx(pi*-0.105282679787) q[2];
rx(pi*-0.099009340762) q[3];
rx(pi*0.01790038665) q[4];
rx(pi*-0.000681894633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.436981956556) q[0];
rx(pi*-0.176869114595) q[1];
rx(pi*-0.189133762751) q[2];
rx(pi*-0.077086183762) q[3];
rx(pi*0.064288714446) q[4];
rx(pi*-0.001112553698) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
