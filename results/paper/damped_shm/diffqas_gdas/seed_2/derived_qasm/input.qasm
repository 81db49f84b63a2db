// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.00922873342) q[0];
ry(pi*-1.9885987e-05) q[1];
ry(pi*0.000232431482) q[2];
ry(pi*-0.001792893234) q[3];
ry(pi*0.054831819506) q[4];
ry(pi*0.010275293899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003479677522) q[0];
ry(pi*-0.000234332851) q[1];
ry(pi*0.026019999328) q[2];
ry(pi*0.004120190073) q[3];
ry(pi*-0.001296684141) q[4];
ry(pi*0.000115419182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*8.320291e-05) q[0];
ry(pi*-9.6762644e-05) q[1];
ry(pi*-0.002514744622) q[2];
ry(pi*-0.00479536198) q[3];
ry(pi*-0.070380422615) q[4];
ry(pi*-0.246646649693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008493435097) q[0];
ry(pi*0.000193905409) q[1];
ry(pi*-0.1528748972) q[2];
ry(pi*0.005768221041) q[3];
ry(pi*0.065014588057) q[4];
ry(pi*-0.159841794504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010219821142) q[0];
ry(pi*-0.000307709972) q[1];
ry(pi*0.000328852635) q[2];
ry(pi*0.003417492859) q[3];
ry(pi*0.076868575832) q[4];
ry(pi*0.002088271938) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
