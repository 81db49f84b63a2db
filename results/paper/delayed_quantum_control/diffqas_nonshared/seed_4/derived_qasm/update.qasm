// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.071158376418) q[0];
ry(pi*0.406313724163) q[1];
ry(pi*-0.137213975425) q[2];
ry(pi*-0.031986833614) q[3];
ry(pi*0.357298389405) q[4];
ry(pi*-0.12124226107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.123062288297) q[0];
ry(pi*0.0588786639) q[1];
ry(pi*-0.183815910273) q[2];
ry(pi*-0.338529067511) q[3];
ry(pi*0.511654821041) q[4];
ry(pi*-0.250930866877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.150499309975) q[0];
ry(pi*-0.725710483172) q[1];
ry(pi*0.243672975056) q[2];
ry(pi*0.045244596018) q[3];
ry(pi*0.070676226724) q[4];
ry(pi*0.156748657961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023072170316) q[0];
ry(pi*0.125852752596) q[1];
ry(pi*0.277168374527) q[2];
ry(pi*0.19147295076) q[3];
ry(pi*-0.082585752475) q[4];
ry(pi*-0.017362138099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.338513130403) q[0];
ry(pi*-0.302734208964) q[1];
ry(pi*-0.084801873756) q[2];
ry(pi*0.146529404816) q[3];
ry(pi*-0.133588027209) q[4];
ry(pi*-0.00324006239) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
