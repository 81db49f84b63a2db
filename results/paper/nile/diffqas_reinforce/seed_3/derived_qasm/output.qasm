// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rx(pi*0.003984654099) q[2];
rx(pi*0.001885133545) q[3];
rx(pi*-0.003975945015) q[4];
rx(pi*-0.005506724996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.88e-10) q[0];
rx(0) q[1];
rx(pi*4.018083e-06) q[2];
rx(pi*0.000693024818) q[3];
rx(pi*-0.001009493733) q[4];
rx(pi*0.00093345763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-4.171197e-06) q[2];
rx(pi*0.000431399336) q[3];
rx(pi*-0.000352624969) q[4];
rx(pi*0.001729574653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.0e-12) q[0];
rx(0) q[1];
rx(pi*7.955811e-06) q[2];
rx(pi*0.004810012795) q[3];
rx(pi*-0.00649190745) q[4];
rx(pi*-0.001083251698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-0.003984661214) q[2];
rx(pi*0.003792304826) q[3];
rx(pi*0.003396316901) q[4];
rx(pi*-0.004144610371) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
