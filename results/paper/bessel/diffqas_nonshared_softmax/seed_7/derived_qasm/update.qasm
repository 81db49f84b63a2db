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
ry(pi*0.620987935815) q[0];
ry(pi*0.004412528395) q[1];
ry(pi*-0.461087629357) q[2];
ry(pi*0.44179909925) q[3];
ry(pi*0.054612077142) q[4];
ry(pi*-0.486569699112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.592125225984) q[0];
ry(pi*0.218010986734) q[1];
ry(pi*0.10433043758) q[2];
ry(pi*-0.079960711563) q[3];
ry(pi*0.049105602349) q[4];
ry(pi*0.054023125108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.13328725224) q[0];
ry(pi*-0.171466510853) q[1];
ry(pi*0.023940792509) q[2];
ry(pi*0.018134236438) q[3];
ry(pi*-0.043956839741) q[4];
ry(pi*0.167541997992) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102910033338) q[0];
ry(pi*0.008286213561) q[1];
ry(pi*0.503391392564) q[2];
ry(pi*0.003068067614) q[3];
ry(pi*0.037375954848) q[4];
ry(pi*0.012110495767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.390581332048) q[0];
ry(pi*-0.350406197295) q[1];
ry(pi*0.412089749526) q[2];
ry(pi*0.06229154816) q[3];
ry(pi*0.475278295995) q[4];
ry(pi*0.002309235673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
