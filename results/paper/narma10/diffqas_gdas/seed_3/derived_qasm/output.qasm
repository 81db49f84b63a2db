// DiffQAS-QLSTM derived circuit, output gate
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
rx(0) q[0];
rx(0) q[1];
rx(pi*-0.007192657586) q[2];
rx(pi*-0.00095357645) q[3];
rx(pi*-0.003665232773) q[4];
rx(pi*-0.00550680563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.37e-10) q[0];
rx(0) q[1];
rx(pi*2.8e-11) q[2];
rx(pi*0.008133648953) q[3];
rx(pi*0.00274120571) q[4];
rx(pi*0.00093339041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-5.2153e-08) q[2];
rx(pi*2.7e-11) q[3];
rx(pi*-4.1854335e-05) q[4];
rx(pi*0.00172956487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.52038e-07) q[0];
rx(0) q[1];
rx(pi*0.070842579776) q[2];
rx(pi*0.054206918858) q[3];
rx(pi*-0.002741215196) q[4];
rx(pi*-0.001083263259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-0.015162010844) q[2];
rx(pi*0.00095357645) q[3];
rx(pi*0.003707086061) q[4];
rx(pi*-0.004144621636) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
