// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.035336462733) q[0];
rx(pi*-0.329350052176) q[1];
rx(pi*0.026021820711) q[2];
rx(pi*-0.037338087615) q[3];
rx(pi*0.002745373193) q[4];
rx(pi*-0.003084187632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.399867657243) q[0];
rx(pi*-0.314962334581) q[1];
rx(pi*0.252252527454) q[2];
rx(pi*-0.029429757827) q[3];
rx(pi*0.00749668816) q[4];
rx(pi*-0.00125569263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.061564346457) q[0];
rx(pi*-0.208500840034) q[1];
rx(pi*0.02219599697) q[2];
rx(pi*-0.037855756664) q[3];
rx(pi*0.008352051367) q[4];
rx(pi*0.002288822182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.234436624078) q[0];
rx(pi*-0.289916030894) q[1];
rx(pi*0.242217841199) q[2];
rx(pi*-0.036889206634) q[3];
rx(pi*0.00357780813) q[4];
rx(pi*0.000390339716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014801750382) q[0];
rx(pi*-0.339290709494) q[1];
rx(pi*0.019903968097) q[2];
rx(pi*-0.03810620642) q[3];
rx(pi*0.002153033634) q[4];
rx(pi*0.001169711621) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
