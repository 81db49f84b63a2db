// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.07806981638) q[0];
ry(pi*0.091606155639) q[1];
ry(pi*0.084260457941) q[2];
ry(pi*0.096412834863) q[3];
ry(pi*0.083740652086) q[4];
ry(pi*0.001527857733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077658961529) q[0];
ry(pi*-0.061696795209) q[1];
ry(pi*0.012498813365) q[2];
ry(pi*-0.015679333641) q[3];
ry(pi*0.010293488764) q[4];
ry(pi*-0.002470425469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06946287682) q[0];
ry(pi*0.09066100924) q[1];
ry(pi*-0.066388575473) q[2];
ry(pi*0.019916354929) q[3];
ry(pi*-0.0094691543) q[4];
ry(pi*-0.003515563585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078432295468) q[0];
ry(pi*-0.074280892261) q[1];
ry(pi*-0.038356267235) q[2];
ry(pi*0.018768412388) q[3];
ry(pi*0.008166101838) q[4];
ry(pi*0.0044224212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.095774202689) q[0];
ry(pi*0.117247824148) q[1];
ry(pi*0.103166592318) q[2];
ry(pi*0.113982936806) q[3];
ry(pi*-0.060351755463) q[4];
ry(pi*0.000514984294) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
