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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048151012265) q[0];
ry(pi*-0.112939815138) q[1];
ry(pi*-0.011603083859) q[2];
ry(pi*-0.053714059048) q[3];
ry(pi*0.111999573194) q[4];
ry(pi*0.073833533843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07707695352) q[0];
ry(pi*-0.056988982973) q[1];
ry(pi*0.018022119357) q[2];
ry(pi*0.111821703685) q[3];
ry(pi*0.326150943351) q[4];
ry(pi*0.118152027357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066341214751) q[0];
ry(pi*0.00993095335) q[1];
ry(pi*0.16206875871) q[2];
ry(pi*-0.25251820284) q[3];
ry(pi*0.07208085987) q[4];
ry(pi*0.136929412669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042832756615) q[0];
ry(pi*-0.313662018345) q[1];
ry(pi*0.084442074568) q[2];
ry(pi*-0.412293478891) q[3];
ry(pi*0.047403647274) q[4];
ry(pi*0.508851180168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.20573406321) q[0];
ry(pi*0.060619669633) q[1];
ry(pi*0.120146281327) q[2];
ry(pi*-0.138245618581) q[3];
ry(pi*-0.022489797082) q[4];
ry(pi*0.00060771434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
