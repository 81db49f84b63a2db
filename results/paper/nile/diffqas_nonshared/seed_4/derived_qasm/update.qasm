// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042648118578) q[0];
ry(pi*0.071500995782) q[1];
ry(pi*-0.008410929732) q[2];
ry(pi*-0.021023402899) q[3];
ry(pi*-0.020558674931) q[4];
ry(pi*-0.032538890768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002135227562) q[0];
ry(pi*-0.103384057953) q[1];
ry(pi*0.009427356744) q[2];
ry(pi*0.300736037122) q[3];
ry(pi*0.018071054817) q[4];
ry(pi*0.01375968763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002661635785) q[0];
ry(pi*-0.005325762929) q[1];
ry(pi*0.059296785314) q[2];
ry(pi*-0.023144653327) q[3];
ry(pi*-0.002020644024) q[4];
ry(pi*0.019567600253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054064035095) q[0];
ry(pi*-0.288943127365) q[1];
ry(pi*-0.069784564501) q[2];
ry(pi*0.283706079819) q[3];
ry(pi*-0.501850046541) q[4];
ry(pi*0.000245806584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024874434308) q[0];
ry(pi*0.032736406558) q[1];
ry(pi*-0.031454920774) q[2];
ry(pi*0.007593062603) q[3];
ry(pi*-0.007568537955) q[4];
ry(pi*-0.004707475173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
