// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.010999883292) q[0];
ry(pi*-0.021880349738) q[1];
ry(pi*-0.021448126829) q[2];
ry(pi*0.083331571187) q[3];
ry(pi*0.20299030033) q[4];
ry(pi*0.013961767552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.2434454e-05) q[0];
ry(pi*0.082265871949) q[1];
ry(pi*0.068947017297) q[2];
ry(pi*-0.057415509314) q[3];
ry(pi*0.014133776854) q[4];
ry(pi*-0.076235924817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006578462311) q[0];
ry(pi*0.016069260366) q[1];
ry(pi*-0.039131517421) q[2];
ry(pi*0.138210319784) q[3];
ry(pi*-0.078342260294) q[4];
ry(pi*0.021611757292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121085508229) q[0];
ry(pi*-0.106027122975) q[1];
ry(pi*-0.033327293812) q[2];
ry(pi*-0.046103236174) q[3];
ry(pi*-0.073087496944) q[4];
ry(pi*0.065204908433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.073475935494) q[0];
ry(pi*0.367822003368) q[1];
ry(pi*0.087931883834) q[2];
ry(pi*-0.020091954824) q[3];
ry(pi*-0.104615967947) q[4];
ry(pi*0.000691776989) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
