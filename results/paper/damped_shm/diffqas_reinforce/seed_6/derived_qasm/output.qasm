// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.066942726744) q[0];
ry(pi*-0.011891123371) q[1];
ry(pi*0.004685820449) q[2];
ry(pi*0.014054736387) q[3];
ry(pi*0.004534183431) q[4];
ry(pi*-0.001305294804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004588020382) q[0];
ry(pi*0.039748141208) q[1];
ry(pi*-0.000900082862) q[2];
ry(pi*-0.00102442862) q[3];
ry(pi*0.003056192157) q[4];
ry(pi*0.001876835339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001181522527) q[0];
ry(pi*-0.000869274233) q[1];
ry(pi*0.00010573629) q[2];
ry(pi*-0.001446626507) q[3];
ry(pi*0.00016192814) q[4];
ry(pi*0.007780226388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011967290653) q[0];
ry(pi*0.008957815627) q[1];
ry(pi*0.007976966074) q[2];
ry(pi*-0.000632504495) q[3];
ry(pi*-0.001161663766) q[4];
ry(pi*0.003639440508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001330810185) q[0];
ry(pi*-0.142068295218) q[1];
ry(pi*-0.136807607629) q[2];
ry(pi*-0.004618095448) q[3];
ry(pi*-0.008383832498) q[4];
ry(pi*-0.002145987333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
