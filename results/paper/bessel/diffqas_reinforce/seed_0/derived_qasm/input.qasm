// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.003213748672) q[0];
rz(pi*-0.000665873704) q[1];
rz(pi*-0.000506874556) q[2];
rz(pi*0.00172151331) q[3];
rz(pi*0.000683233694) q[4];
rz(pi*0.0011311421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002081249946) q[0];
rz(pi*-0.00041262406) q[1];
rz(pi*0.002495430958) q[2];
rz(pi*0.00475368745) q[3];
rz(pi*-0.004007777432) q[4];
rz(pi*0.004818913682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004283996033) q[0];
rz(pi*0.002486939764) q[1];
rz(pi*0.0008417407) q[2];
rz(pi*-0.000999309369) q[3];
rz(pi*0.004640954348) q[4];
rz(pi*0.006239641647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00573473592) q[0];
rz(pi*0.004186043591) q[1];
rz(pi*0.001137559706) q[2];
rz(pi*-0.003846232786) q[3];
rz(pi*-1.4179019e-05) q[4];
rz(pi*0.002089619003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004100966529) q[0];
rz(pi*0.001257697219) q[1];
rz(pi*0.001368268169) q[2];
rz(pi*0.002215575814) q[3];
rz(pi*-0.00376917171) q[4];
rz(pi*-0.002106243577) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
