// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.41838600763) q[0];
ry(pi*-0.012858470257) q[1];
ry(pi*0.409288005928) q[2];
ry(pi*-0.241309653712) q[3];
ry(pi*0.009905502002) q[4];
ry(pi*0.468546575385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.5271745666) q[0];
ry(pi*-0.12558741872) q[1];
ry(pi*-0.042355701104) q[2];
ry(pi*-0.10903337382) q[3];
ry(pi*-0.01274821132) q[4];
ry(pi*-0.005734912604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024629664519) q[0];
ry(pi*-0.089652863832) q[1];
ry(pi*-0.065307109881) q[2];
ry(pi*-0.071744695983) q[3];
ry(pi*-0.050269068156) q[4];
ry(pi*0.075300203131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05204502169) q[0];
ry(pi*0.018205155383) q[1];
ry(pi*-0.522145991606) q[2];
ry(pi*-0.068021180412) q[3];
ry(pi*0.052891400708) q[4];
ry(pi*0.022635747316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.198275553555) q[0];
ry(pi*-0.492863642541) q[1];
ry(pi*0.492118924249) q[2];
ry(pi*0.972292910113) q[3];
ry(pi*-0.381161211035) q[4];
ry(pi*0.002585434708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
