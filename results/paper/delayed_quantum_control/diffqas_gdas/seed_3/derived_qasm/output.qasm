// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.370530249265) q[0];
rx(pi*0.00457121527) q[1];
rx(pi*-0.304692993381) q[2];
rx(pi*-0.005928873375) q[3];
rx(pi*-0.199226372806) q[4];
rx(pi*-0.005498529955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.651139843851) q[0];
rx(pi*-0.028336403438) q[1];
rx(pi*-0.583240515912) q[2];
rx(pi*0.013617854483) q[3];
rx(pi*-0.194207435967) q[4];
rx(pi*0.000940673944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.135202228583) q[0];
rx(pi*-0.031786258468) q[1];
rx(pi*-0.328299113736) q[2];
rx(pi*-0.000912411295) q[3];
rx(pi*-0.195602236486) q[4];
rx(pi*0.001732885842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.215593593059) q[0];
rx(pi*0.029203593189) q[1];
rx(pi*-0.467249939862) q[2];
rx(pi*0.02397495057) q[3];
rx(pi*-0.199699780806) q[4];
rx(pi*-0.001087471578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.377047919335) q[0];
rx(pi*0.026799980843) q[1];
rx(pi*-0.312663919007) q[2];
rx(pi*-0.004023203462) q[3];
rx(pi*-0.191857224792) q[4];
rx(pi*-0.004144404931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
