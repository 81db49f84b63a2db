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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091491626647) q[0];
rx(pi*0.128345259379) q[1];
rx(pi*0.00802394319) q[2];
rx(pi*0.117832279641) q[3];
rx(pi*-0.079291172783) q[4];
rx(pi*0.003787118151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.196890827564) q[0];
rx(pi*0.108492043382) q[1];
rx(pi*0.107312963004) q[2];
rx(pi*0.070586893541) q[3];
rx(pi*-0.095705796447) q[4];
rx(pi*-0.005344750499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027217684857) q[0];
rx(pi*0.18502039516) q[1];
rx(pi*-0.099476952588) q[2];
rx(pi*0.05645983304) q[3];
rx(pi*-0.077769155247) q[4];
rx(pi*0.003240587106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.235872481623) q[0];
rx(pi*0.016056619773) q[1];
rx(pi*0.041034918017) q[2];
rx(pi*0.011228655498) q[3];
rx(pi*-0.102471573139) q[4];
rx(pi*0.003152217086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.051745162156) q[0];
rx(pi*0.076080334057) q[1];
rx(pi*0.010058122342) q[2];
rx(pi*0.121620738927) q[3];
rx(pi*-0.077569376957) q[4];
rx(pi*-0.002392900006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
