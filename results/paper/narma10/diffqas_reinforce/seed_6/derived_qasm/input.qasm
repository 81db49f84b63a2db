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
rx(pi*0.17578603632) q[0];
rx(pi*-0.000287292812) q[1];
rx(pi*-0.004001331737) q[2];
rx(pi*0.001620760608) q[3];
rx(pi*-0.002671643909) q[4];
rx(pi*0.004579426023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177912729555) q[0];
rx(pi*0.002108680686) q[1];
rx(pi*-0.001054189154) q[2];
rx(pi*0.000167019432) q[3];
rx(pi*-0.001950942299) q[4];
rx(pi*-0.001340422105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.171696953846) q[0];
rx(pi*0.004725987831) q[1];
rx(pi*-0.003701052431) q[2];
rx(pi*0.005049541066) q[3];
rx(pi*0.00233260328) q[4];
rx(pi*-0.002946860512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.18030312501) q[0];
rx(pi*0.001497897096) q[1];
rx(pi*-0.002531589754) q[2];
rx(pi*0.000487568674) q[3];
rx(pi*-0.001070035845) q[4];
rx(pi*-0.002436120518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174807099458) q[0];
rx(pi*0.001043550111) q[1];
rx(pi*-0.001087752908) q[2];
rx(pi*-0.000433088762) q[3];
rx(pi*0.002520288814) q[4];
rx(pi*-0.000381748655) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
