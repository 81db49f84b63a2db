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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035727842059) q[0];
ry(pi*-0.11495234935) q[1];
ry(pi*-0.110876082967) q[2];
ry(pi*-0.003687530198) q[3];
ry(pi*0.061076955542) q[4];
ry(pi*-0.078570673203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.433655199084) q[0];
ry(pi*0.004169529296) q[1];
ry(pi*-0.476896064245) q[2];
ry(pi*0.486832509613) q[3];
ry(pi*-0.068581051967) q[4];
ry(pi*0.098643280568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.173493597162) q[0];
ry(pi*-0.140010008226) q[1];
ry(pi*-0.014280137373) q[2];
ry(pi*0.135072341152) q[3];
ry(pi*-0.011569191417) q[4];
ry(pi*-0.052552841512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.11351781041) q[0];
ry(pi*0.405880614279) q[1];
ry(pi*-0.010185572961) q[2];
ry(pi*-0.419231053813) q[3];
ry(pi*0.371941100729) q[4];
ry(pi*-0.000227201007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015115506268) q[0];
ry(pi*0.100615554609) q[1];
ry(pi*-0.407922461386) q[2];
ry(pi*-0.030287385313) q[3];
ry(pi*0.01336279435) q[4];
ry(pi*2.438411e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
