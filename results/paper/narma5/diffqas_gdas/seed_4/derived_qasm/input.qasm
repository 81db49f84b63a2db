// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013929171186) q[0];
ry(pi*-0.010009827213) q[1];
ry(pi*0.014359939121) q[2];
ry(pi*-0.005957599894) q[3];
ry(pi*-0.015821599604) q[4];
ry(pi*-0.00173753209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004915383285) q[0];
ry(pi*0.00998658204) q[1];
ry(pi*-0.009865967539) q[2];
ry(pi*0.010076416814) q[3];
ry(pi*0.000173760446) q[4];
ry(pi*-0.001286661638) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001356914907) q[0];
ry(pi*-0.000159749998) q[1];
ry(pi*0.006394519151) q[2];
ry(pi*0.004438316213) q[3];
ry(pi*-0.014026982815) q[4];
ry(pi*0.002800798814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020734687483) q[0];
ry(pi*-0.013512536761) q[1];
ry(pi*0.001118802625) q[2];
ry(pi*0.001915363506) q[3];
ry(pi*0.000833923038) q[4];
ry(pi*-0.000125790762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00335728818) q[0];
ry(pi*0.003444248287) q[1];
ry(pi*-0.006607738446) q[2];
ry(pi*0.001715214654) q[3];
ry(pi*0.00457646331) q[4];
ry(pi*0.001183664891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
