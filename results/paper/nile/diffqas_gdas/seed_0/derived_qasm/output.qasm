// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.000914799786) q[0];
rz(pi*0.005011463948) q[1];
rz(pi*-0.001377653454) q[2];
rz(pi*-0.002341171106) q[3];
rz(pi*0.000795040171) q[4];
rz(pi*0.003283169363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000512459103) q[0];
rz(pi*-0.001863872951) q[1];
rz(pi*-0.004269271106) q[2];
rz(pi*-0.004461220469) q[3];
rz(pi*0.001600053337) q[4];
rz(pi*0.003150311808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000523008581) q[0];
rz(pi*-0.00341985378) q[1];
rz(pi*0.00277887699) q[2];
rz(pi*-0.00407569305) q[3];
rz(pi*-0.00226983061) q[4];
rz(pi*0.001976730858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007162435777) q[0];
rz(pi*0.00122986657) q[1];
rz(pi*-0.00185138829) q[2];
rz(pi*0.000347768168) q[3];
rz(pi*-0.000241011666) q[4];
rz(pi*0.000643365948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00220960177) q[0];
rz(pi*-0.0024139602) q[1];
rz(pi*0.004523142478) q[2];
rz(pi*0.002311207504) q[3];
rz(pi*0.002685688486) q[4];
rz(pi*0.003707877284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
