// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.024745486029) q[0];
rz(pi*0.01552945012) q[1];
rz(pi*-0.029343569378) q[2];
rz(pi*0.03209246913) q[3];
rz(pi*0.005824555873) q[4];
rz(pi*-0.004624545589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.030649084147) q[0];
rz(pi*0.026361442382) q[1];
rz(pi*-0.000517063811) q[2];
rz(pi*-0.040776509193) q[3];
rz(pi*0.013326830321) q[4];
rz(pi*-0.001715787394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.028518247738) q[0];
rz(pi*0.037268701905) q[1];
rz(pi*-0.03391584979) q[2];
rz(pi*0.001219067964) q[3];
rz(pi*-0.014368862242) q[4];
rz(pi*-0.009967034181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.039909117857) q[0];
rz(pi*0.058886988193) q[1];
rz(pi*0.006669906212) q[2];
rz(pi*0.024036863389) q[3];
rz(pi*0.003315466908) q[4];
rz(pi*0.000305545985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.022380191519) q[0];
rz(pi*-0.000141324097) q[1];
rz(pi*-0.011444707662) q[2];
rz(pi*-0.005988459661) q[3];
rz(pi*-0.009137012043) q[4];
rz(pi*0.000360673564) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
