// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
ry(pi*0.000907665736) q[0];
ry(pi*-0.002686733766) q[1];
ry(pi*0.003152748027) q[2];
ry(pi*0.003232948203) q[3];
ry(pi*-0.003031802986) q[4];
ry(pi*-0.001447452414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001055736989) q[0];
ry(pi*0.002816431765) q[1];
ry(pi*0.009217098382) q[2];
ry(pi*0.001101043021) q[3];
ry(pi*0.003752286261) q[4];
ry(pi*-0.004399854896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001553874262) q[0];
ry(pi*0.002458032411) q[1];
ry(pi*-0.002281922624) q[2];
ry(pi*0.002287698343) q[3];
ry(pi*0.001083877502) q[4];
ry(pi*0.00083836859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000368949165) q[0];
ry(pi*0.004759619398) q[1];
ry(pi*0.002105167763) q[2];
ry(pi*0.002343796163) q[3];
ry(pi*-0.003155958868) q[4];
ry(pi*-0.001844885973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002356078349) q[0];
ry(pi*-0.000961077652) q[1];
ry(pi*0.002054231568) q[2];
ry(pi*0.000942211033) q[3];
ry(pi*0.001498439747) q[4];
ry(pi*0.001087345809) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
