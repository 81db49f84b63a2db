// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.006492304692) q[0];
rx(pi*-0.312146228613) q[1];
rx(pi*0.096960900625) q[2];
rx(pi*0.001677582654) q[3];
rx(pi*0.003043901077) q[4];
rx(pi*0.004144699009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.256367507729) q[0];
rx(pi*-0.284694616892) q[1];
rx(pi*0.102519839809) q[2];
rx(pi*-0.002981226977) q[3];
rx(pi*0.002804239403) q[4];
rx(pi*0.002921496024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013531961297) q[0];
rx(pi*-0.31071073155) q[1];
rx(pi*0.10033259505) q[2];
rx(pi*0.00465269166) q[3];
rx(pi*-0.002012180844) q[4];
rx(pi*-0.001535193368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.266196624263) q[0];
rx(pi*-0.283868220921) q[1];
rx(pi*0.100655036897) q[2];
rx(pi*-0.001417339551) q[3];
rx(pi*-0.003192965805) q[4];
rx(pi*-0.003966629692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005509510433) q[0];
rx(pi*-0.308363366287) q[1];
rx(pi*0.101824716279) q[2];
rx(pi*-0.002288803357) q[3];
rx(pi*-0.003027066321) q[4];
rx(pi*-0.002986686681) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
