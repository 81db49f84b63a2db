// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.004395284242) q[0];
rx(pi*0.00306546568) q[1];
rx(pi*-0.000946750041) q[2];
rx(pi*-0.006249088889) q[3];
rx(pi*0.004639896321) q[4];
rx(pi*0.004087293107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000175825233) q[0];
rx(pi*0.001490963002) q[1];
rx(pi*-0.001131332865) q[2];
rx(pi*0.000162036437) q[3];
rx(pi*0.000529206444) q[4];
rx(pi*-0.0007353462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002739450138) q[0];
rx(pi*-4.977612e-05) q[1];
rx(pi*-0.001662983717) q[2];
rx(pi*0.000942112835) q[3];
rx(pi*-0.001657167977) q[4];
rx(pi*0.000425911839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000155546404) q[0];
rx(pi*-0.000959993908) q[1];
rx(pi*0.005096506325) q[2];
rx(pi*-0.002081411363) q[3];
rx(pi*-0.00465731271) q[4];
rx(pi*0.005074301095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001993705094) q[0];
rx(pi*-0.003348515952) q[1];
rx(pi*-0.000793161276) q[2];
rx(pi*-0.002908572025) q[3];
rx(pi*0.00298523823) q[4];
rx(pi*0.002270624204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
