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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005054781102) q[0];
ry(pi*0.483642963053) q[1];
ry(pi*0.170579933326) q[2];
ry(pi*-0.003515886418) q[3];
ry(pi*-0.006449346834) q[4];
ry(pi*0.004866208295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001598845306) q[0];
ry(pi*0.001634374296) q[1];
ry(pi*-0.504302729527) q[2];
ry(pi*0.001541075661) q[3];
ry(pi*-0.004500582399) q[4];
ry(pi*0.004353539157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501259538742) q[0];
ry(pi*0.000497393593) q[1];
ry(pi*0.000521350615) q[2];
ry(pi*-0.538401234702) q[3];
ry(pi*-0.000228906275) q[4];
ry(pi*0.001951196504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003005277899) q[0];
ry(pi*0.003158851916) q[1];
ry(pi*0.005535522663) q[2];
ry(pi*-0.000166524826) q[3];
ry(pi*-0.477993979209) q[4];
ry(pi*-0.995154995194) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014748905351) q[0];
ry(pi*-0.000168228334) q[1];
ry(pi*0.000100361768) q[2];
ry(pi*0.000800234924) q[3];
ry(pi*0.172377999598) q[4];
ry(pi*-0.002363784101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
