// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002234366246) q[0];
rx(pi*0.008711452719) q[1];
rx(pi*-0.238975057108) q[2];
rx(pi*0.104584568049) q[3];
rx(pi*-0.003475335431) q[4];
rx(pi*-0.000546455821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.348896611652) q[0];
rx(pi*-0.011151073561) q[1];
rx(pi*-0.303379472113) q[2];
rx(pi*-0.00164556629) q[3];
rx(pi*0.130467209427) q[4];
rx(pi*-0.000793765958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006196666001) q[0];
rx(pi*0.000388881149) q[1];
rx(pi*0.272850841198) q[2];
rx(pi*0.004252413523) q[3];
rx(pi*-0.004011666549) q[4];
rx(pi*-9.507253e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001457221304) q[0];
rx(pi*0.499316425814) q[1];
rx(pi*0.092493235944) q[2];
rx(pi*0.394167333144) q[3];
rx(pi*0.128919792125) q[4];
rx(pi*-0.000875948712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000121486339) q[0];
rx(pi*-0.500841379383) q[1];
rx(pi*-0.238739510445) q[2];
rx(pi*0.107550653587) q[3];
rx(pi*0.001528804295) q[4];
rx(pi*0.00042770154) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
