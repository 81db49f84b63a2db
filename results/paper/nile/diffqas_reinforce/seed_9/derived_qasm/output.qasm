// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123510718675) q[0];
ry(pi*-0.084771128418) q[1];
ry(pi*-0.085264495749) q[2];
ry(pi*0.000707979568) q[3];
ry(pi*1.62234e-07) q[4];
ry(pi*6.259e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.12504769148) q[0];
ry(pi*-0.094782269494) q[1];
ry(pi*-0.003973368279) q[2];
ry(pi*7.572564e-06) q[3];
ry(pi*-3.9679e-08) q[4];
ry(pi*-2.637e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118273092461) q[0];
ry(pi*-0.117327272529) q[1];
ry(pi*-0.15448544632) q[2];
ry(pi*0.000140281801) q[3];
ry(pi*5.8327e-07) q[4];
ry(pi*-2.8957e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106132962448) q[0];
ry(pi*-0.10706245633) q[1];
ry(pi*-0.155180399096) q[2];
ry(pi*0.000796150373) q[3];
ry(pi*0.002979542849) q[4];
ry(pi*-0.004965525293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116333650759) q[0];
ry(pi*-0.175310199808) q[1];
ry(pi*-0.155139436933) q[2];
ry(pi*-0.00548786312) q[3];
ry(pi*2.677783e-06) q[4];
ry(pi*0.002585599534) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
