// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.001551027608) q[0];
rz(pi*0.175394324972) q[1];
rz(pi*-0.037302321614) q[2];
rz(pi*-0.114369961887) q[3];
rz(pi*0.028029566676) q[4];
rz(pi*0.008304330756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001830469353) q[0];
rz(pi*-0.152646247132) q[1];
rz(pi*0.051172213635) q[2];
rz(pi*0.020821758165) q[3];
rz(pi*0.009260515144) q[4];
rz(pi*0.027738413261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008793647405) q[0];
rz(pi*0.040280874619) q[1];
rz(pi*-0.099727288507) q[2];
rz(pi*-0.021114151923) q[3];
rz(pi*0.077042204933) q[4];
rz(pi*0.022814143319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.049851805259) q[0];
rz(pi*0.032392608512) q[1];
rz(pi*0.036330380952) q[2];
rz(pi*-0.022369227642) q[3];
rz(pi*0.002991793018) q[4];
rz(pi*0.029899703301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025405758993) q[0];
rz(pi*0.13391712849) q[1];
rz(pi*-0.028211142986) q[2];
rz(pi*-0.056364869695) q[3];
rz(pi*-0.112536890895) q[4];
rz(pi*0.000700901399) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
