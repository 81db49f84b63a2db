// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.000357585416) q[0];
ry(pi*-0.036644944365) q[1];
ry(pi*0.500594430099) q[2];
ry(pi*0.000150386021) q[3];
ry(pi*0.001579932886) q[4];
ry(pi*0.000565115519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006416524573) q[0];
ry(pi*0.06244122891) q[1];
ry(pi*-0.053976309853) q[2];
ry(pi*-0.000852797365) q[3];
ry(pi*-0.001969494534) q[4];
ry(pi*-0.003584483869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.195411161944) q[0];
ry(pi*0.019569593577) q[1];
ry(pi*-0.198838645734) q[2];
ry(pi*0.002200123104) q[3];
ry(pi*-0.000473065231) q[4];
ry(pi*0.502823917681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002764794171) q[0];
ry(pi*-0.487072970218) q[1];
ry(pi*0.000193246014) q[2];
ry(pi*-0.498987779879) q[3];
ry(pi*-0.49996449693) q[4];
ry(pi*-0.002948049273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.956405434758) q[0];
ry(pi*-0.514376803207) q[1];
ry(pi*-0.039897354754) q[2];
ry(pi*-0.002297542679) q[3];
ry(pi*0.085985033275) q[4];
ry(pi*-0.003370953895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
