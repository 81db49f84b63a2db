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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000951072122) q[0];
rz(pi*-0.00092153022) q[1];
rz(pi*-0.002695113495) q[2];
rz(pi*-0.000450258951) q[3];
rz(pi*-0.002898000054) q[4];
rz(pi*-0.003771690046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003456223055) q[0];
rz(pi*0.001933096651) q[1];
rz(pi*0.003952752906) q[2];
rz(pi*-0.004266323215) q[3];
rz(pi*-0.006160200973) q[4];
rz(pi*-0.005007773155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002099938399) q[0];
rz(pi*0.002593733507) q[1];
rz(pi*-0.005870932383) q[2];
rz(pi*0.003279279949) q[3];
rz(pi*-0.001366474948) q[4];
rz(pi*-0.003786908265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000233735655) q[0];
rz(pi*0.001824781679) q[1];
rz(pi*-0.000669676851) q[2];
rz(pi*-0.000547954335) q[3];
rz(pi*-0.002670925316) q[4];
rz(pi*-0.004514745851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001192476027) q[0];
rz(pi*-0.005171976358) q[1];
rz(pi*0.00191408744) q[2];
rz(pi*-0.002717866266) q[3];
rz(pi*0.004172992712) q[4];
rz(pi*-0.005060276677) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
