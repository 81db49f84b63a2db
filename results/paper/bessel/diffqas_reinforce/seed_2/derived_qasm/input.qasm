// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rz(pi*0.000636017714) q[0];
rz(pi*0.002643262161) q[1];
rz(pi*-0.000611222853) q[2];
rz(pi*-0.001509688066) q[3];
rz(pi*-0.001391579303) q[4];
rz(pi*0.001930955547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00100187321) q[0];
rz(pi*-0.004532157498) q[1];
rz(pi*-0.001332911861) q[2];
rz(pi*-0.00339654576) q[3];
rz(pi*0.004744745061) q[4];
rz(pi*2.1438276e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004690617294) q[0];
rz(pi*0.000825348542) q[1];
rz(pi*0.00226563704) q[2];
rz(pi*0.001186407935) q[3];
rz(pi*-0.001160210943) q[4];
rz(pi*0.000455768162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000868153581) q[0];
rz(pi*0.003166289826) q[1];
rz(pi*0.001137955836) q[2];
rz(pi*0.007177958449) q[3];
rz(pi*-0.000697125451) q[4];
rz(pi*0.00483410107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.259638e-05) q[0];
rz(pi*-0.005421464432) q[1];
rz(pi*-0.003735447948) q[2];
rz(pi*-0.005780964799) q[3];
rz(pi*-0.005463390055) q[4];
rz(pi*0.003798870582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
