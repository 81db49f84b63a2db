// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007757218967) q[0];
ry(pi*0.177712661931) q[1];
ry(pi*0.284606336697) q[2];
ry(pi*-0.09577631815) q[3];
ry(pi*-0.040709094277) q[4];
ry(pi*-0.280330543413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047162029332) q[0];
ry(pi*0.07928122632) q[1];
ry(pi*0.024241878157) q[2];
ry(pi*-0.014659217615) q[3];
ry(pi*-0.038404204253) q[4];
ry(pi*-0.160467212159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025551242022) q[0];
ry(pi*0.111633067141) q[1];
ry(pi*-0.043266449912) q[2];
ry(pi*-0.15074332797) q[3];
ry(pi*0.079289607532) q[4];
ry(pi*0.186624389196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121000652615) q[0];
ry(pi*0.074246802976) q[1];
ry(pi*-0.205453873672) q[2];
ry(pi*-0.254941610876) q[3];
ry(pi*-0.045372415419) q[4];
ry(pi*-0.045447960158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02672472544) q[0];
ry(pi*0.156580559416) q[1];
ry(pi*-0.287937135364) q[2];
ry(pi*-0.023142447745) q[3];
ry(pi*-0.053611535063) q[4];
ry(pi*0.003608652778) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
