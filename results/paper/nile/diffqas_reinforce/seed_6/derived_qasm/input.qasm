// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000977910185) q[0];
rz(pi*0.000663604756) q[1];
rz(pi*0.002850498816) q[2];
rz(pi*-0.000487035844) q[3];
rz(pi*0.003455799429) q[4];
rz(pi*-0.001673902385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000716081227) q[0];
rz(pi*-0.002166015885) q[1];
rz(pi*0.0019025111) q[2];
rz(pi*0.000114316289) q[3];
rz(pi*-0.002744583155) q[4];
rz(pi*0.00637228309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001157654958) q[0];
rz(pi*-0.000370116323) q[1];
rz(pi*0.001254730356) q[2];
rz(pi*0.005563038483) q[3];
rz(pi*-0.000472252553) q[4];
rz(pi*0.002238378093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000314538215) q[0];
rz(pi*-0.004659311963) q[1];
rz(pi*0.002520987842) q[2];
rz(pi*0.003248829875) q[3];
rz(pi*-0.000763897221) q[4];
rz(pi*-4.9134743e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004778908457) q[0];
rz(pi*-0.00484774455) q[1];
rz(pi*-0.001246277107) q[2];
rz(pi*0.001992377594) q[3];
rz(pi*-0.001494719902) q[4];
rz(pi*0.000929529827) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
