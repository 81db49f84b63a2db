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
rz(pi*-0.000302124758) q[0];
rz(pi*-0.003795720217) q[1];
rz(pi*0.003171352881) q[2];
rz(pi*0.004467623772) q[3];
rz(pi*0.004434707537) q[4];
rz(pi*0.001273203438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003686171868) q[0];
rz(pi*-0.001145406123) q[1];
rz(pi*0.001491021402) q[2];
rz(pi*-0.000737964513) q[3];
rz(pi*0.001518974633) q[4];
rz(pi*-0.001749348851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00600335564) q[0];
rz(pi*-0.003971644723) q[1];
rz(pi*-0.00107152565) q[2];
rz(pi*0.00738888145) q[3];
rz(pi*-0.001455811244) q[4];
rz(pi*0.000260479484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000183125202) q[0];
rz(pi*-0.001879828883) q[1];
rz(pi*0.001048164417) q[2];
rz(pi*0.001719435349) q[3];
rz(pi*-0.000491922549) q[4];
rz(pi*-0.001630854703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001375940867) q[0];
rz(pi*0.002140517994) q[1];
rz(pi*0.005143459725) q[2];
rz(pi*-0.003547727432) q[3];
rz(pi*0.002135305528) q[4];
rz(pi*0.002884990678) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
