// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.043590803263) q[0];
ry(pi*-0.090912995788) q[1];
ry(pi*-0.038987851033) q[2];
ry(pi*0.011824863422) q[3];
ry(pi*0.04214505143) q[4];
ry(pi*-0.005607700924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.127903981727) q[0];
ry(pi*0.07445532296) q[1];
ry(pi*0.104376806976) q[2];
ry(pi*-0.044721669146) q[3];
ry(pi*0.008213780353) q[4];
ry(pi*-0.000141896411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091217489416) q[0];
ry(pi*0.069421677499) q[1];
ry(pi*0.113164148907) q[2];
ry(pi*-0.017865481538) q[3];
ry(pi*0.025533656656) q[4];
ry(pi*-0.019094882386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.166978279713) q[0];
ry(pi*0.32589538044) q[1];
ry(pi*0.053868445039) q[2];
ry(pi*0.443419447794) q[3];
ry(pi*0.489228653811) q[4];
ry(pi*0.164875169604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015104640813) q[0];
ry(pi*0.001093324448) q[1];
ry(pi*0.006547423489) q[2];
ry(pi*-0.0074233994) q[3];
ry(pi*0.008499442936) q[4];
ry(pi*-9.751807e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
