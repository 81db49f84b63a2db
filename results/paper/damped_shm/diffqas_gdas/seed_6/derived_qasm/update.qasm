// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.002249903296) q[0];
ry(pi*-0.001209997953) q[1];
ry(pi*-0.499236474656) q[2];
ry(pi*-0.159339832518) q[3];
ry(pi*0.003214333269) q[4];
ry(pi*0.001270149271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.213339289124) q[0];
ry(pi*-0.002921366772) q[1];
ry(pi*-0.000839525854) q[2];
ry(pi*-0.00100582095) q[3];
ry(pi*0.000581855152) q[4];
ry(pi*-0.002699118523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001232226898) q[0];
ry(pi*0.00048723024) q[1];
ry(pi*0.004655897758) q[2];
ry(pi*0.001663165441) q[3];
ry(pi*0.003970150026) q[4];
ry(pi*0.000582482401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.127874479104) q[0];
ry(pi*0.000842167883) q[1];
ry(pi*-0.000973360802) q[2];
ry(pi*0.000900043879) q[3];
ry(pi*-0.000260772376) q[4];
ry(pi*-0.000304331766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000186881565) q[0];
ry(pi*-1.8248779e-05) q[1];
ry(pi*-0.410358865754) q[2];
ry(pi*-0.003331927545) q[3];
ry(pi*0.004735423512) q[4];
ry(pi*0.003765880235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
