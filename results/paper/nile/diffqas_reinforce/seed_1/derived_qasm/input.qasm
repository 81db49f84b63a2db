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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003590897844) q[0];
rz(pi*0.001813912815) q[1];
rz(pi*0.002455331611) q[2];
rz(pi*0.002284636912) q[3];
rz(pi*0.006379193914) q[4];
rz(pi*-0.00201730571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000501557592) q[0];
rz(pi*0.002245769015) q[1];
rz(pi*0.003970280464) q[2];
rz(pi*-0.007727345783) q[3];
rz(pi*-0.001662596703) q[4];
rz(pi*-0.000663613946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003276695802) q[0];
rz(pi*0.002696553941) q[1];
rz(pi*0.000697085282) q[2];
rz(pi*-0.001261898645) q[3];
rz(pi*-0.005201573251) q[4];
rz(pi*-0.004213712971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0031364368) q[0];
rz(pi*0.001447714031) q[1];
rz(pi*-0.00388102258) q[2];
rz(pi*-0.006587192739) q[3];
rz(pi*-0.004623522543) q[4];
rz(pi*-0.001884247903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326202266) q[0];
rz(pi*0.007963897408) q[1];
rz(pi*-0.001532286536) q[2];
rz(pi*0.003004394777) q[3];
rz(pi*0.004460189123) q[4];
rz(pi*0.004088824563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
