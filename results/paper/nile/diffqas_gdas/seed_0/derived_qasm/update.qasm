// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002751958515) q[0];
rx(pi*-0.000173579038) q[1];
rx(pi*0.00261744707) q[2];
rx(pi*-0.015403209014) q[3];
rx(pi*0.001054328707) q[4];
rx(pi*-0.000818303872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001649379516) q[0];
rx(pi*0.493856031082) q[1];
rx(pi*-0.001504605297) q[2];
rx(pi*-0.020838107931) q[3];
rx(pi*0.000175332423) q[4];
rx(pi*0.002176748383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002505694325) q[0];
rx(pi*0.001431156454) q[1];
rx(pi*0.002880020115) q[2];
rx(pi*-0.018035629139) q[3];
rx(pi*-0.002097128209) q[4];
rx(pi*0.002981473029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000909719684) q[0];
rx(pi*0.500622016474) q[1];
rx(pi*-0.002922967004) q[2];
rx(pi*-0.015847493847) q[3];
rx(pi*-0.001201482005) q[4];
rx(pi*-0.0034719734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005429961852) q[0];
rx(pi*0.005556767397) q[1];
rx(pi*-0.001072245948) q[2];
rx(pi*-0.009711126202) q[3];
rx(pi*-0.002401094602) q[4];
rx(pi*0.005376901005) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
