// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.10163936202) q[0];
rx(pi*-0.250002416496) q[1];
rx(pi*0.249999987984) q[2];
rx(pi*-0.020867750477) q[3];
rx(pi*-0.249999741338) q[4];
rx(pi*5.564e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.499999975968) q[0];
rx(pi*0.224672565095) q[1];
rx(pi*0.250002625196) q[2];
rx(pi*7.336e-09) q[3];
rx(pi*-0.148600953759) q[4];
rx(pi*0.019192868327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.250001923204) q[0];
rx(pi*-0.249999987984) q[1];
rx(pi*0.025730728958) q[2];
rx(pi*-0.249999798257) q[3];
rx(pi*-0.005076372682) q[4];
rx(pi*-0.250000196684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.150707469477) q[0];
rx(pi*-0.250000272575) q[1];
rx(pi*1.8e-09) q[2];
rx(pi*0.249999987984) q[3];
rx(pi*0.249999987984) q[4];
rx(pi*-3.32e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.069e-09) q[0];
rx(pi*-0.003693247517) q[1];
rx(pi*-0.034401094414) q[2];
rx(pi*0.055437230398) q[3];
rx(pi*0.149020668884) q[4];
rx(pi*-0.006921985252) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
