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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08009947824) q[0];
ry(pi*0.043828095419) q[1];
ry(pi*-0.0071366613) q[2];
ry(pi*0.002636647787) q[3];
ry(pi*-0.009358244953) q[4];
ry(pi*0.016869127693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024955651898) q[0];
ry(pi*-0.005680732366) q[1];
ry(pi*0.016376603463) q[2];
ry(pi*-0.002890174685) q[3];
ry(pi*-0.030056145464) q[4];
ry(pi*0.033177323728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001354745492) q[0];
ry(pi*0.004183241256) q[1];
ry(pi*0.013984065274) q[2];
ry(pi*-0.017063368312) q[3];
ry(pi*-0.009522330762) q[4];
ry(pi*0.001710438561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.137214241044) q[0];
ry(pi*-0.010638561541) q[1];
ry(pi*0.07115562537) q[2];
ry(pi*0.029434446468) q[3];
ry(pi*-0.039858228205) q[4];
ry(pi*0.010185663081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004634953623) q[0];
ry(pi*-0.009685948773) q[1];
ry(pi*0.003089407509) q[2];
ry(pi*0.009883244005) q[3];
ry(pi*-0.02659107429) q[4];
ry(pi*0.007870003058) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
