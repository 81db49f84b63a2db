// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.012353657616) q[0];
rz(pi*1.442331502378) q[1];
rz(pi*1.353208917357) q[2];
rz(pi*1.313802975742) q[3];
rz(pi*1.374829957066) q[4];
rz(pi*1.172528405423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.23055791143) q[0];
rz(pi*1.33840744208) q[1];
rz(pi*0.01319704724) q[2];
rz(pi*0.365685747869) q[3];
rz(pi*0.841756839099) q[4];
rz(pi*0.756738742424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.237930322756) q[0];
rz(pi*0.853915182949) q[1];
rz(pi*1.247234510162) q[2];
rz(pi*0.754926845019) q[3];
rz(pi*1.416998937874) q[4];
rz(pi*0.461844186644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.28765055201) q[0];
rz(pi*1.497799620409) q[1];
rz(pi*1.337456224402) q[2];
rz(pi*0.858741394617) q[3];
rz(pi*0.273534562107) q[4];
rz(pi*1.32736742787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.499911514901) q[0];
rz(pi*0.327885318109) q[1];
rz(pi*1.37860340891) q[2];
rz(pi*0.711274195342) q[3];
rz(pi*1.830237221654) q[4];
rz(pi*1.503079356638) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
