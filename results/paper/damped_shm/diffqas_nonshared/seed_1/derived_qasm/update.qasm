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
ry(pi*-0.036898109596) q[0];
ry(pi*-0.017234108812) q[1];
ry(pi*0.040897858887) q[2];
ry(pi*-0.013816931968) q[3];
ry(pi*-0.023480478076) q[4];
ry(pi*0.004888661356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.127332105166) q[0];
ry(pi*0.279801070943) q[1];
ry(pi*-0.487971709276) q[2];
ry(pi*0.006898626835) q[3];
ry(pi*0.003688088708) q[4];
ry(pi*-0.006377818389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052393119435) q[0];
ry(pi*-0.04850612044) q[1];
ry(pi*-0.145535232837) q[2];
ry(pi*0.002383785231) q[3];
ry(pi*0.026514196716) q[4];
ry(pi*-0.16530152519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00708908417) q[0];
ry(pi*0.286740391358) q[1];
ry(pi*0.193406330668) q[2];
ry(pi*-0.505595987901) q[3];
ry(pi*-0.514242817663) q[4];
ry(pi*0.014303577017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.163853790704) q[0];
ry(pi*-0.016916161134) q[1];
ry(pi*0.025667393183) q[2];
ry(pi*0.016424904521) q[3];
ry(pi*0.015752477141) q[4];
ry(pi*-0.002553542112) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
