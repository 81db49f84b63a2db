// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.012689076822) q[0];
ry(pi*-0.487337336484) q[1];
ry(pi*-0.294794816046) q[2];
ry(pi*-0.089326788703) q[3];
ry(pi*0.006261605567) q[4];
ry(pi*-0.087406547423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004826050696) q[0];
ry(pi*-0.088128640714) q[1];
ry(pi*0.009551378038) q[2];
ry(pi*0.071448455501) q[3];
ry(pi*-0.003593840102) q[4];
ry(pi*-0.013938021972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004735522526) q[0];
ry(pi*-0.012712978927) q[1];
ry(pi*0.015428965705) q[2];
ry(pi*-0.006298422183) q[3];
ry(pi*-0.11322310672) q[4];
ry(pi*-0.0160177624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006101430516) q[0];
ry(pi*0.096336431608) q[1];
ry(pi*-0.155816536353) q[2];
ry(pi*-0.290939990087) q[3];
ry(pi*-0.2614674582) q[4];
ry(pi*0.098539622961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.179558596445) q[0];
ry(pi*-0.025007245914) q[1];
ry(pi*-0.070164873228) q[2];
ry(pi*-0.206347584952) q[3];
ry(pi*-0.261360072448) q[4];
ry(pi*-0.003981074179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
