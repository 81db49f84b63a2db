// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.110117419705) q[0];
ry(pi*-0.422313973531) q[1];
ry(pi*0.014727339266) q[2];
ry(pi*-0.112282883749) q[3];
ry(pi*-0.32755375037) q[4];
ry(pi*-0.192351825351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.22613058281) q[0];
ry(pi*-0.111487413357) q[1];
ry(pi*0.20275553155) q[2];
ry(pi*-0.147537313064) q[3];
ry(pi*-0.350657168802) q[4];
ry(pi*0.005866666479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087866010454) q[0];
ry(pi*-0.055599271893) q[1];
ry(pi*0.008352847036) q[2];
ry(pi*-0.03786950242) q[3];
ry(pi*-0.007302496158) q[4];
ry(pi*-0.037987927939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036522271322) q[0];
ry(pi*0.00469536967) q[1];
ry(pi*-0.258694287561) q[2];
ry(pi*-0.01842889151) q[3];
ry(pi*0.13921710864) q[4];
ry(pi*-0.350057971484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066542444456) q[0];
ry(pi*-0.025284897847) q[1];
ry(pi*0.003112845967) q[2];
ry(pi*0.002718852552) q[3];
ry(pi*0.005414516849) q[4];
ry(pi*-0.000269459319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
