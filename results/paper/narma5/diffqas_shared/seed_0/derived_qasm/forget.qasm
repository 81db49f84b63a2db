// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.075297376191) q[0];
rx(pi*0.003300066966) q[1];
rx(pi*-1.9857171e-05) q[2];
rx(pi*0.002362820345) q[3];
rx(pi*-0.00356300494) q[4];
rx(pi*-0.004965511063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070980734581) q[0];
rx(pi*-0.000272028607) q[1];
rx(pi*6.3849322e-05) q[2];
rx(pi*0.001111435937) q[3];
rx(pi*-0.004779464299) q[4];
rx(pi*0.000563132088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069938907803) q[0];
rx(pi*0.001242704005) q[1];
rx(pi*-0.000688323727) q[2];
rx(pi*0.004387380907) q[3];
rx(pi*0.004743567564) q[4];
rx(pi*0.002894511144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.074796590516) q[0];
rx(pi*-0.00278382532) q[1];
rx(pi*-0.00128624157) q[2];
rx(pi*0.004226189035) q[3];
rx(pi*0.00015407182) q[4];
rx(pi*-0.000865902642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.066442083364) q[0];
rx(pi*0.001277695978) q[1];
rx(pi*-0.002411925966) q[2];
rx(pi*0.000486104141) q[3];
rx(pi*0.003350757405) q[4];
rx(pi*-0.002767400553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
