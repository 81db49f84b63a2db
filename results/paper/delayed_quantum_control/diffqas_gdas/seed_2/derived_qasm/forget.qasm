// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000602253709) q[0];
rx(pi*-0.001666285865) q[1];
rx(pi*-0.001314419213) q[2];
rx(pi*-0.007770713334) q[3];
rx(pi*0.005728537761) q[4];
rx(pi*0.003641969516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001037468679) q[0];
rx(pi*0.002462294906) q[1];
rx(pi*0.000896406522) q[2];
rx(pi*-0.001762202146) q[3];
rx(pi*0.00311162015) q[4];
rx(pi*-0.000988467852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001045045401) q[0];
rx(pi*-0.002522545386) q[1];
rx(pi*0.001448370517) q[2];
rx(pi*-0.000315143898) q[3];
rx(pi*0.00173544909) q[4];
rx(pi*-0.001932892249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403070652) q[0];
rx(pi*-0.002841274207) q[1];
rx(pi*0.002679539833) q[2];
rx(pi*0.000599097229) q[3];
rx(pi*0.001052121421) q[4];
rx(pi*0.00130663505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003216937872) q[0];
rx(pi*0.002491510714) q[1];
rx(pi*0.00654701676) q[2];
rx(pi*-0.005215167818) q[3];
rx(pi*-0.005504988397) q[4];
rx(pi*-0.004790005736) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
