// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.097006928511) q[0];
ry(pi*-0.047684154605) q[1];
ry(pi*-0.051427359146) q[2];
ry(pi*0.01717546642) q[3];
ry(pi*-0.011421368811) q[4];
ry(pi*-0.026227105842) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.142441147656) q[0];
ry(pi*-0.245299964062) q[1];
ry(pi*0.275806928098) q[2];
ry(pi*-0.010338621373) q[3];
ry(pi*-0.00905535393) q[4];
ry(pi*-0.027884218827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000439078222) q[0];
ry(pi*-0.188534925916) q[1];
ry(pi*0.229241601168) q[2];
ry(pi*-0.006693473329) q[3];
ry(pi*0.029683539672) q[4];
ry(pi*-0.129776762679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024110193058) q[0];
ry(pi*-0.304602474402) q[1];
ry(pi*0.199012056648) q[2];
ry(pi*0.507753265205) q[3];
ry(pi*-0.505062398345) q[4];
ry(pi*-0.002870870804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020804779928) q[0];
ry(pi*0.015683972478) q[1];
ry(pi*-0.043933806826) q[2];
ry(pi*0.007852843394) q[3];
ry(pi*0.068721474015) q[4];
ry(pi*-0.003542832166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
