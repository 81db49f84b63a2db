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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000489493518) q[0];
ry(pi*-0.146833481043) q[1];
ry(pi*-0.006408694758) q[2];
ry(pi*0.016584754664) q[3];
ry(pi*0.000414510181) q[4];
ry(pi*-0.000773116716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002079860489) q[0];
ry(pi*0.000274888804) q[1];
ry(pi*0.000161413097) q[2];
ry(pi*4.014974e-06) q[3];
ry(pi*-0.001996918751) q[4];
ry(pi*0.493200370868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000918592334) q[0];
ry(pi*-0.013824358613) q[1];
ry(pi*-0.500104857318) q[2];
ry(pi*0.001605471983) q[3];
ry(pi*0.020338164171) q[4];
ry(pi*-0.036903576119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001402811021) q[0];
ry(pi*-0.000708212503) q[1];
ry(pi*0.001095177329) q[2];
ry(pi*0.166852471423) q[3];
ry(pi*0.50783754215) q[4];
ry(pi*-0.140282713015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.207021e-06) q[0];
ry(pi*0.202054033176) q[1];
ry(pi*-0.528494197093) q[2];
ry(pi*-5.4204144e-05) q[3];
ry(pi*-0.135901127689) q[4];
ry(pi*-0.002335327796) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
