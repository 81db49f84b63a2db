// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.001021177981) q[0];
rz(pi*0.001912192241) q[1];
rz(pi*-0.004104754557) q[2];
rz(pi*-0.005406784862) q[3];
rz(pi*0.004092111888) q[4];
rz(pi*0.003483365646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004902813247) q[0];
rz(pi*0.000656934057) q[1];
rz(pi*8.1265355e-05) q[2];
rz(pi*0.00173442797) q[3];
rz(pi*0.000663951454) q[4];
rz(pi*-0.001598334376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000621524203) q[0];
rz(pi*0.000499898292) q[1];
rz(pi*-0.000154778536) q[2];
rz(pi*-0.005896429977) q[3];
rz(pi*-0.009534020346) q[4];
rz(pi*-0.002515247993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005203638316) q[0];
rz(pi*0.000803931126) q[1];
rz(pi*0.002279407845) q[2];
rz(pi*0.000837523117) q[3];
rz(pi*-0.001176243434) q[4];
rz(pi*0.000224349295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00371576224) q[0];
rz(pi*-0.002319867526) q[1];
rz(pi*0.002935755526) q[2];
rz(pi*0.002252413034) q[3];
rz(pi*0.00083296699) q[4];
rz(pi*0.004621637126) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
