// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001110222644) q[0];
rz(pi*-0.000877323866) q[1];
rz(pi*0.004782202008) q[2];
rz(pi*0.000288011813) q[3];
rz(pi*-0.00071600919) q[4];
rz(pi*0.000182849189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00143853048) q[0];
rz(pi*-2.3590351e-05) q[1];
rz(pi*0.004757854933) q[2];
rz(pi*-0.000551718424) q[3];
rz(pi*0.000428322082) q[4];
rz(pi*-0.007139632313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000517153042) q[0];
rz(pi*-0.006194826831) q[1];
rz(pi*0.000357038208) q[2];
rz(pi*-0.00348782187) q[3];
rz(pi*-0.002938978225) q[4];
rz(pi*-0.001174399149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00496584694) q[0];
rz(pi*0.003991850107) q[1];
rz(pi*0.001270591276) q[2];
rz(pi*-0.007604912863) q[3];
rz(pi*0.003040728478) q[4];
rz(pi*-0.001884023639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002375066068) q[0];
rz(pi*0.002966148978) q[1];
rz(pi*-0.000941016047) q[2];
rz(pi*-0.003531726883) q[3];
rz(pi*-0.001311009306) q[4];
rz(pi*-0.000711187148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
