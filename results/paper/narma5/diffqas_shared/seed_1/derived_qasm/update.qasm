// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.000172192637) q[0];
rz(pi*0.000868307142) q[1];
rz(pi*-0.003126391323) q[2];
rz(pi*-0.003524863492) q[3];
rz(pi*0.000635302901) q[4];
rz(pi*-0.001485698657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00074962297) q[0];
rz(pi*0.002417626536) q[1];
rz(pi*-0.005248249768) q[2];
rz(pi*0.000809757539) q[3];
rz(pi*0.003898172461) q[4];
rz(pi*-0.000947055606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580900518) q[0];
rz(pi*0.002394452065) q[1];
rz(pi*0.000806756584) q[2];
rz(pi*0.002851682241) q[3];
rz(pi*-0.001098858487) q[4];
rz(pi*-0.00471678012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0003501783) q[0];
rz(pi*-0.001419123434) q[1];
rz(pi*0.002467954713) q[2];
rz(pi*0.00061635235) q[3];
rz(pi*-0.00519115662) q[4];
rz(pi*-0.003804326729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813198394) q[0];
rz(pi*0.002163763908) q[1];
rz(pi*-0.002037976815) q[2];
rz(pi*-3.338911e-06) q[3];
rz(pi*0.00141831057) q[4];
rz(pi*0.001490978565) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
