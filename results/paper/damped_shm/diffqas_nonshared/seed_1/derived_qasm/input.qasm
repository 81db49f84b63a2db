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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026362101685) q[0];
ry(pi*0.499071525587) q[1];
ry(pi*-0.025237726853) q[2];
ry(pi*-0.094713806334) q[3];
ry(pi*0.018889208315) q[4];
ry(pi*-0.01357068349) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.315070422324) q[0];
ry(pi*-0.313010076788) q[1];
ry(pi*0.225553868198) q[2];
ry(pi*-0.078200363114) q[3];
ry(pi*0.010048256513) q[4];
ry(pi*0.520898078099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078118059334) q[0];
ry(pi*-0.536342350068) q[1];
ry(pi*0.01394508102) q[2];
ry(pi*-0.15689600032) q[3];
ry(pi*-0.059249415106) q[4];
ry(pi*0.044608586827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029099359284) q[0];
ry(pi*0.038634834603) q[1];
ry(pi*-0.317600495147) q[2];
ry(pi*-0.377980050429) q[3];
ry(pi*0.032876022265) q[4];
ry(pi*0.019626836729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026003189473) q[0];
ry(pi*0.363935587785) q[1];
ry(pi*-0.079963794635) q[2];
ry(pi*0.215826862992) q[3];
ry(pi*0.540137696462) q[4];
ry(pi*-0.002428710178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
