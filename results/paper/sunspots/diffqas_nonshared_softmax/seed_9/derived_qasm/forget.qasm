// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.006393045205) q[0];
ry(pi*0.010933885403) q[1];
ry(pi*0.210605373099) q[2];
ry(pi*-0.314674100598) q[3];
ry(pi*-0.145780123577) q[4];
ry(pi*0.008491425171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.493537706322) q[0];
ry(pi*-0.005730487211) q[1];
ry(pi*0.005473448575) q[2];
ry(pi*0.001754631575) q[3];
ry(pi*-0.002626975836) q[4];
ry(pi*0.002631349647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012952384172) q[0];
ry(pi*0.004649441391) q[1];
ry(pi*-0.257836017373) q[2];
ry(pi*-0.008744883293) q[3];
ry(pi*-0.409504257307) q[4];
ry(pi*-0.012554264778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004710515259) q[0];
ry(pi*0.032723232356) q[1];
ry(pi*0.035734565526) q[2];
ry(pi*-0.021721111466) q[3];
ry(pi*0.000576167959) q[4];
ry(pi*0.185208585844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003963880719) q[0];
ry(pi*0.49601975912) q[1];
ry(pi*-0.846673512827) q[2];
ry(pi*0.000262056297) q[3];
ry(pi*-0.001855146969) q[4];
ry(pi*0.003320917719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
