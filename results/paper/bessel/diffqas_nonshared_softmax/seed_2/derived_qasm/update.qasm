// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.023973423263) q[0];
ry(pi*0.018010042017) q[1];
ry(pi*-0.162312330845) q[2];
ry(pi*-0.12848485137) q[3];
ry(pi*-0.006670534091) q[4];
ry(pi*0.004131485972) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016788797079) q[0];
ry(pi*-0.235802586021) q[1];
ry(pi*0.211877628641) q[2];
ry(pi*-0.146445118384) q[3];
ry(pi*-0.003159707468) q[4];
ry(pi*-0.002308783588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11503085858) q[0];
ry(pi*0.24212567159) q[1];
ry(pi*-0.143620531598) q[2];
ry(pi*0.021959558588) q[3];
ry(pi*-0.006487796293) q[4];
ry(pi*-0.013390882317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026784027134) q[0];
ry(pi*-0.202504446207) q[1];
ry(pi*-0.150154954605) q[2];
ry(pi*-0.337461319216) q[3];
ry(pi*0.384995527453) q[4];
ry(pi*-0.090552228991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033479794387) q[0];
ry(pi*0.003885010414) q[1];
ry(pi*0.017056810856) q[2];
ry(pi*0.038685551129) q[3];
ry(pi*-0.030630054481) q[4];
ry(pi*-0.004365854842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
