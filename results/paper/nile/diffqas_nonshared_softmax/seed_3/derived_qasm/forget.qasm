// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.017057925505) q[0];
ry(pi*-0.102506464022) q[1];
ry(pi*0.192413259108) q[2];
ry(pi*-0.032519915649) q[3];
ry(pi*-0.251151937333) q[4];
ry(pi*-0.107273632498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.143422076657) q[0];
ry(pi*0.132504389238) q[1];
ry(pi*-0.000940198292) q[2];
ry(pi*0.301732466858) q[3];
ry(pi*0.211919899923) q[4];
ry(pi*0.346524828463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.110970434441) q[0];
ry(pi*0.081977125702) q[1];
ry(pi*0.293497004212) q[2];
ry(pi*0.111642847592) q[3];
ry(pi*0.037035085719) q[4];
ry(pi*-0.218137572906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030766561029) q[0];
ry(pi*0.05905611601) q[1];
ry(pi*-0.004638615067) q[2];
ry(pi*-0.176163518109) q[3];
ry(pi*0.385517581579) q[4];
ry(pi*0.300006516001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.159017855503) q[0];
ry(pi*0.42359539291) q[1];
ry(pi*0.080051126192) q[2];
ry(pi*-0.049935005501) q[3];
ry(pi*0.069688244604) q[4];
ry(pi*0.009276010543) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
