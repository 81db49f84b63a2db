// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.079950418847) q[0];
ry(pi*0.161221246071) q[1];
ry(pi*-0.10932580078) q[2];
ry(pi*-0.085509566731) q[3];
ry(pi*0.328478861548) q[4];
ry(pi*-0.165876513281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015710131154) q[0];
ry(pi*-0.513817486605) q[1];
ry(pi*0.049031162774) q[2];
ry(pi*-0.114234003177) q[3];
ry(pi*0.073328721202) q[4];
ry(pi*0.265481256811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.32149567614) q[0];
ry(pi*0.016669731229) q[1];
ry(pi*-0.010187032676) q[2];
ry(pi*0.054213592522) q[3];
ry(pi*-0.193171599834) q[4];
ry(pi*0.095578925683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070200532507) q[0];
ry(pi*0.042109202423) q[1];
ry(pi*0.05597258442) q[2];
ry(pi*-0.031957081974) q[3];
ry(pi*-0.078995586861) q[4];
ry(pi*-0.003612551381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.224494524831) q[0];
ry(pi*-0.064615780901) q[1];
ry(pi*0.007261293872) q[2];
ry(pi*-0.005764805354) q[3];
ry(pi*-0.105947257193) q[4];
ry(pi*-0.00214601935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
