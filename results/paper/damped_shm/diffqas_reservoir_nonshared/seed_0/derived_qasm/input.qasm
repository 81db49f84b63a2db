// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.615033414842) q[0];
ry(pi*0.7482537502) q[1];
ry(pi*1.390533776224) q[2];
ry(pi*0.633700245952) q[3];
ry(pi*1.059310658504) q[4];
ry(pi*1.302640473472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.571470647925) q[0];
ry(pi*0.587076843441) q[1];
ry(pi*0.112698880215) q[2];
ry(pi*0.474104148531) q[3];
ry(pi*1.091893924158) q[4];
ry(pi*1.75535451858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.315089783382) q[0];
ry(pi*1.214557595026) q[1];
ry(pi*0.063544849928) q[2];
ry(pi*0.996073655638) q[3];
ry(pi*0.661803590529) q[4];
ry(pi*0.694832867536) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.918776053173) q[0];
ry(pi*0.326934821395) q[1];
ry(pi*0.176735432615) q[2];
ry(pi*0.610178326652) q[3];
ry(pi*1.28539667433) q[4];
ry(pi*0.53921717669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.411641792835) q[0];
ry(pi*1.390183766974) q[1];
ry(pi*0.876388174921) q[2];
ry(pi*1.669398561041) q[3];
ry(pi*0.647567047787) q[4];
ry(pi*1.246387566705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
