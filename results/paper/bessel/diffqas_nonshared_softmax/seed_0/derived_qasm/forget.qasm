// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.213615570275) q[0];
ry(pi*-0.35075430927) q[1];
ry(pi*-0.010203084807) q[2];
ry(pi*0.018892560562) q[3];
ry(pi*-0.52764789871) q[4];
ry(pi*0.189457627554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075145817139) q[0];
ry(pi*-0.113573353129) q[1];
ry(pi*0.3275476032) q[2];
ry(pi*0.013307380883) q[3];
ry(pi*-0.161435960656) q[4];
ry(pi*-0.181198202328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.269523647353) q[0];
ry(pi*0.024868963042) q[1];
ry(pi*-0.049379540367) q[2];
ry(pi*-0.431091108124) q[3];
ry(pi*0.051863680168) q[4];
ry(pi*-0.026641916511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120647285189) q[0];
ry(pi*-0.143016676471) q[1];
ry(pi*-0.043083476733) q[2];
ry(pi*-0.160800392581) q[3];
ry(pi*0.06823247516) q[4];
ry(pi*0.076653182971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024251864937) q[0];
ry(pi*-0.210902543246) q[1];
ry(pi*0.039349542751) q[2];
ry(pi*0.012742633332) q[3];
ry(pi*0.002243435219) q[4];
ry(pi*0.00080510136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
