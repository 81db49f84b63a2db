// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.686244208218) q[0];
ry(pi*0.500002062971) q[1];
ry(pi*-0.000830786013) q[2];
ry(pi*0.005364210609) q[3];
ry(pi*0.002280969836) q[4];
ry(pi*0.000723017471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.229326162704) q[0];
ry(pi*0.020787320257) q[1];
ry(pi*-0.006881606502) q[2];
ry(pi*-0.005033965033) q[3];
ry(pi*-0.00150197683) q[4];
ry(pi*-0.004110124141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.9007096e-05) q[0];
ry(pi*0.005510866391) q[1];
ry(pi*-0.0027328411) q[2];
ry(pi*-0.002088363096) q[3];
ry(pi*0.000654191309) q[4];
ry(pi*0.000932226403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.7381181e-05) q[0];
ry(pi*-0.00087925627) q[1];
ry(pi*0.002246664737) q[2];
ry(pi*0.001610600257) q[3];
ry(pi*-0.00329029778) q[4];
ry(pi*-0.000252044097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002369824253) q[0];
ry(pi*-0.004458009035) q[1];
ry(pi*0.000819117773) q[2];
ry(pi*-0.002730939971) q[3];
ry(pi*0.003094184491) q[4];
ry(pi*0.000613526448) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
