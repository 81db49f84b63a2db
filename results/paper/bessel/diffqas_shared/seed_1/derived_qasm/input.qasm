// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.047862024115) q[0];
rz(pi*0.002625146744) q[1];
rz(pi*0.008665968521) q[2];
rz(pi*0.012852307671) q[3];
rz(pi*-0.030209208106) q[4];
rz(pi*-0.00020445648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.033757534069) q[0];
rz(pi*-0.008520527587) q[1];
rz(pi*-0.000469176448) q[2];
rz(pi*-0.001954895004) q[3];
rz(pi*-0.008929489314) q[4];
rz(pi*-0.000266178256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034921353243) q[0];
rz(pi*0.013750111136) q[1];
rz(pi*0.001224581622) q[2];
rz(pi*0.001120537075) q[3];
rz(pi*0.015760003393) q[4];
rz(pi*0.000131005702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.052751249021) q[0];
rz(pi*-0.012823042208) q[1];
rz(pi*-0.011546925712) q[2];
rz(pi*-0.002436868311) q[3];
rz(pi*0.000138957544) q[4];
rz(pi*-0.00031896372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.069904021663) q[0];
rz(pi*0.042303526048) q[1];
rz(pi*0.048694192545) q[2];
rz(pi*0.013192672836) q[3];
rz(pi*0.048660335677) q[4];
rz(pi*-0.000999136984) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
