// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011730862943) q[0];
rx(pi*0.234128430764) q[1];
rx(pi*0.148233726741) q[2];
rx(pi*-0.000657443727) q[3];
rx(pi*-0.000586910759) q[4];
rx(pi*-0.004282321392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002112835718) q[0];
rx(pi*0.127575819596) q[1];
rx(pi*0.137922778306) q[2];
rx(pi*-0.001337301532) q[3];
rx(pi*0.002238413666) q[4];
rx(pi*0.004836261591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021397630861) q[0];
rx(pi*0.214586500639) q[1];
rx(pi*0.161926007756) q[2];
rx(pi*0.00369051307) q[3];
rx(pi*0.003165811653) q[4];
rx(pi*-0.000636899799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003272251139) q[0];
rx(pi*0.191178512688) q[1];
rx(pi*0.146331803649) q[2];
rx(pi*0.001535008384) q[3];
rx(pi*-0.000928302972) q[4];
rx(pi*-0.005563141647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008512375235) q[0];
rx(pi*0.232010901367) q[1];
rx(pi*0.154052355409) q[2];
rx(pi*0.003871402211) q[3];
rx(pi*0.003187236925) q[4];
rx(pi*0.002288649204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
