// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.01657389158) q[0];
ry(pi*0.506461183141) q[1];
ry(pi*-0.000420944462) q[2];
ry(pi*0.001187784052) q[3];
ry(pi*-0.025623744006) q[4];
ry(pi*0.000202787342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007702953944) q[0];
ry(pi*0.031470514001) q[1];
ry(pi*-0.491958566585) q[2];
ry(pi*0.007031932325) q[3];
ry(pi*-0.006403731605) q[4];
ry(pi*0.019550857989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497676079994) q[0];
ry(pi*0.507093241258) q[1];
ry(pi*-0.491091512016) q[2];
ry(pi*-0.496615920798) q[3];
ry(pi*-0.479573764018) q[4];
ry(pi*0.512165984809) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.397800007199) q[0];
ry(pi*0.405530794757) q[1];
ry(pi*-0.014083110131) q[2];
ry(pi*0.007344212487) q[3];
ry(pi*-0.000889711514) q[4];
ry(pi*-0.02365491589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016339119243) q[0];
ry(pi*-0.194851959179) q[1];
ry(pi*0.504704458487) q[2];
ry(pi*-0.49814986745) q[3];
ry(pi*-0.499174130207) q[4];
ry(pi*-0.000503162605) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
