// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.168880202805) q[0];
ry(pi*0.239778135573) q[1];
ry(pi*0.252604092469) q[2];
ry(pi*0.204816123731) q[3];
ry(pi*0.213218205048) q[4];
ry(pi*-0.096440108187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054481710649) q[0];
ry(pi*0.128898988507) q[1];
ry(pi*-0.271381344971) q[2];
ry(pi*0.016019691691) q[3];
ry(pi*-0.089199491053) q[4];
ry(pi*0.0341512589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113400046565) q[0];
ry(pi*-0.13078296338) q[1];
ry(pi*-0.105841768716) q[2];
ry(pi*-0.113765992923) q[3];
ry(pi*0.158441387537) q[4];
ry(pi*0.072499384455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.161293646076) q[0];
ry(pi*-0.063015922924) q[1];
ry(pi*-0.241174245212) q[2];
ry(pi*0.248939506252) q[3];
ry(pi*0.006163910738) q[4];
ry(pi*0.116310608357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053978486976) q[0];
ry(pi*-0.197394535043) q[1];
ry(pi*-0.339118247218) q[2];
ry(pi*-0.106512588156) q[3];
ry(pi*-0.197001950948) q[4];
ry(pi*-0.001412980266) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
