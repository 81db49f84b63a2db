// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.835152046171) q[0];
rx(pi*0.235972809513) q[1];
rx(pi*1.546834914499) q[2];
rx(pi*0.165591542611) q[3];
rx(pi*0.469247504576) q[4];
rx(pi*1.486797399912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.245012488988) q[0];
rx(pi*1.566096806868) q[1];
rx(pi*1.197288751857) q[2];
rx(pi*1.757052807171) q[3];
rx(pi*1.091036811308) q[4];
rx(pi*1.772850427594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.478098101648) q[0];
rx(pi*0.842134244996) q[1];
rx(pi*0.423837257498) q[2];
rx(pi*0.773150396853) q[3];
rx(pi*0.026987396017) q[4];
rx(pi*0.942908601503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.2821175764) q[0];
rx(pi*1.991215825255) q[1];
rx(pi*0.704994139964) q[2];
rx(pi*1.749133430502) q[3];
rx(pi*1.747310528903) q[4];
rx(pi*0.420399850962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.338524172542) q[0];
rx(pi*1.330124092219) q[1];
rx(pi*1.934564414895) q[2];
rx(pi*0.966815857309) q[3];
rx(pi*1.227542012311) q[4];
rx(pi*0.118813227615) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
