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
rz(pi*0.004851404512) q[0];
rz(pi*-0.002938532069) q[1];
rz(pi*-0.001442876276) q[2];
rz(pi*-0.002491640558) q[3];
rz(pi*-0.004460102263) q[4];
rz(pi*0.001981766492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351356232) q[0];
rz(pi*-0.002177856065) q[1];
rz(pi*0.003000939365) q[2];
rz(pi*0.002754038699) q[3];
rz(pi*-0.001978078516) q[4];
rz(pi*-0.004163615431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331877417) q[0];
rz(pi*-0.005086196415) q[1];
rz(pi*-0.003216302878) q[2];
rz(pi*-0.001234307898) q[3];
rz(pi*-0.00050336671) q[4];
rz(pi*-0.00176734969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462667498) q[0];
rz(pi*0.004399241839) q[1];
rz(pi*0.001996181037) q[2];
rz(pi*0.004390206068) q[3];
rz(pi*0.002852175236) q[4];
rz(pi*0.000738430457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863792657) q[0];
rz(pi*-0.004252920747) q[1];
rz(pi*-6.5512648e-05) q[2];
rz(pi*-0.001300634474) q[3];
rz(pi*-0.002974744226) q[4];
rz(pi*0.001304130648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
