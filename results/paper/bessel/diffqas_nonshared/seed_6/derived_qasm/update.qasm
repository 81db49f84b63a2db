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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003285474255) q[0];
rx(pi*-0.06908330803) q[1];
rx(pi*0.070650305207) q[2];
rx(pi*-0.081087626371) q[3];
rx(pi*-0.088408536174) q[4];
rx(pi*-0.000482486868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.424829532202) q[0];
rx(pi*-0.250713837616) q[1];
rx(pi*0.302320337446) q[2];
rx(pi*-0.010871117625) q[3];
rx(pi*-0.117223140603) q[4];
rx(pi*-0.00194128858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00844453699) q[0];
rx(pi*0.067126511008) q[1];
rx(pi*0.020229345977) q[2];
rx(pi*-0.04029790266) q[3];
rx(pi*-0.088723758891) q[4];
rx(pi*-0.008523160649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.079448205473) q[0];
rx(pi*-0.22839900247) q[1];
rx(pi*0.030651498429) q[2];
rx(pi*0.020167143823) q[3];
rx(pi*-0.115515820984) q[4];
rx(pi*0.003842287047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024146101355) q[0];
rx(pi*-0.018820225776) q[1];
rx(pi*0.063279406958) q[2];
rx(pi*-0.082125388238) q[3];
rx(pi*-0.088039601609) q[4];
rx(pi*0.001429515608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
