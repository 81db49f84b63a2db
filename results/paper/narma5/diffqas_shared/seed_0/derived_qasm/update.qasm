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
rz(pi*-0.000942157673) q[0];
rz(pi*-0.001663601814) q[1];
rz(pi*0.0022500699) q[2];
rz(pi*6.4493965e-05) q[3];
rz(pi*0.000775700345) q[4];
rz(pi*0.000347137806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001687689199) q[0];
rz(pi*0.000705043535) q[1];
rz(pi*-0.005107814675) q[2];
rz(pi*0.005355950349) q[3];
rz(pi*-0.007278819948) q[4];
rz(pi*-0.00204956442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000771143699) q[0];
rz(pi*-0.00015270921) q[1];
rz(pi*-0.000387099452) q[2];
rz(pi*-0.000250401101) q[3];
rz(pi*0.001386589174) q[4];
rz(pi*0.001211798659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004744241986) q[0];
rz(pi*-0.00014359726) q[1];
rz(pi*0.002456398976) q[2];
rz(pi*0.005862715997) q[3];
rz(pi*-0.003234674427) q[4];
rz(pi*-0.001750510635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003160225365) q[0];
rz(pi*-0.003678967856) q[1];
rz(pi*-0.005292931774) q[2];
rz(pi*-0.000471853569) q[3];
rz(pi*0.004829015187) q[4];
rz(pi*0.000200389624) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
