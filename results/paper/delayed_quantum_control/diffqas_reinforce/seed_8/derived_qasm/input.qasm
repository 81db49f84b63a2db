// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.050212334897) q[0];
ry(pi*0.004432074179) q[1];
ry(pi*0.014251505125) q[2];
ry(pi*0.004094065192) q[3];
ry(pi*-0.001356914462) q[4];
ry(pi*0.000127751579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008003599068) q[0];
ry(pi*0.085623536026) q[1];
ry(pi*-0.001971250995) q[2];
ry(pi*-0.000406755811) q[3];
ry(pi*-0.000765525542) q[4];
ry(pi*-0.000151792302) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00019366473) q[0];
ry(pi*0.00061423926) q[1];
ry(pi*-4.4751547e-05) q[2];
ry(pi*-2.332505e-05) q[3];
ry(pi*-2.0209464e-05) q[4];
ry(pi*-0.00048742623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011736529866) q[0];
ry(pi*0.005672836145) q[1];
ry(pi*6.406076e-05) q[2];
ry(pi*-0.000733756788) q[3];
ry(pi*8.5833813e-05) q[4];
ry(pi*0.000181150998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000413534789) q[0];
ry(pi*-0.000868821555) q[1];
ry(pi*-0.041040083347) q[2];
ry(pi*-0.009427393504) q[3];
ry(pi*0.005124392706) q[4];
ry(pi*0.000540727348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
