// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.197093361646) q[0];
ry(pi*0.013961749765) q[1];
ry(pi*0.015297929237) q[2];
ry(pi*0.11373089334) q[3];
ry(pi*-0.146721551318) q[4];
ry(pi*0.015744872626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.215818439092) q[0];
ry(pi*-0.123291498062) q[1];
ry(pi*0.037316721929) q[2];
ry(pi*-0.006953905715) q[3];
ry(pi*-0.007383410184) q[4];
ry(pi*0.002993266371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04667421153) q[0];
ry(pi*0.00139293867) q[1];
ry(pi*0.001231208744) q[2];
ry(pi*0.042596607568) q[3];
ry(pi*0.170616019492) q[4];
ry(pi*-0.006416077528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00464034307) q[0];
ry(pi*-0.369979622182) q[1];
ry(pi*-0.296417327483) q[2];
ry(pi*0.140850415571) q[3];
ry(pi*-0.081308279427) q[4];
ry(pi*-0.012079879681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119893355627) q[0];
ry(pi*-0.108139776376) q[1];
ry(pi*0.259974321929) q[2];
ry(pi*0.050002496308) q[3];
ry(pi*0.242939602466) q[4];
ry(pi*0.001255966549) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
