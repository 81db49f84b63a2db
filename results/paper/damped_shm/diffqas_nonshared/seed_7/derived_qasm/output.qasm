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
ry(pi*0.058253772739) q[0];
ry(pi*-0.255226107228) q[1];
ry(pi*-0.272896432711) q[2];
ry(pi*-0.049774519771) q[3];
ry(pi*-0.069682220756) q[4];
ry(pi*-0.190441895759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047087784227) q[0];
ry(pi*0.041039163169) q[1];
ry(pi*0.096929718914) q[2];
ry(pi*0.004416538759) q[3];
ry(pi*-0.033928983675) q[4];
ry(pi*0.047585904232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054923068936) q[0];
ry(pi*-0.212622138233) q[1];
ry(pi*-0.074596096005) q[2];
ry(pi*-0.019402332205) q[3];
ry(pi*-0.212956286266) q[4];
ry(pi*0.027173117872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004662287424) q[0];
ry(pi*-0.022764771486) q[1];
ry(pi*-0.20973245595) q[2];
ry(pi*-0.353702332752) q[3];
ry(pi*0.076737934235) q[4];
ry(pi*-0.019955958169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.388812350998) q[0];
ry(pi*-0.090081979953) q[1];
ry(pi*-0.103841082985) q[2];
ry(pi*-0.234259152996) q[3];
ry(pi*-0.003810287433) q[4];
ry(pi*0.000613400235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
