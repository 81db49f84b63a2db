// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.646591544992) q[0];
ry(pi*-0.030770139763) q[1];
ry(pi*-0.521285160097) q[2];
ry(pi*0.032282746816) q[3];
ry(pi*0.011793260753) q[4];
ry(pi*-0.020284113184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.404681460734) q[0];
ry(pi*0.067412966296) q[1];
ry(pi*0.07311465169) q[2];
ry(pi*0.054057228622) q[3];
ry(pi*-0.03039769524) q[4];
ry(pi*0.009957432784) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030424861843) q[0];
ry(pi*-0.102203791778) q[1];
ry(pi*0.018296024172) q[2];
ry(pi*0.05050565832) q[3];
ry(pi*0.013852740657) q[4];
ry(pi*0.001819296925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.188234207865) q[0];
ry(pi*-0.023752300632) q[1];
ry(pi*-0.261095725155) q[2];
ry(pi*0.235047432717) q[3];
ry(pi*-0.0429071203) q[4];
ry(pi*-0.05715019441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004818328194) q[0];
ry(pi*0.392363518129) q[1];
ry(pi*-0.390166739565) q[2];
ry(pi*-0.096748956061) q[3];
ry(pi*-0.008505754932) q[4];
ry(pi*-0.002588499993) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
