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
rx(pi*-0.361416348401) q[0];
rx(pi*0.025159101415) q[1];
rx(pi*0.180376739271) q[2];
rx(pi*-0.049567892319) q[3];
rx(pi*0.057404111436) q[4];
rx(pi*0.040387586838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.048009190976) q[0];
rx(pi*-0.191599442069) q[1];
rx(pi*-0.267128186175) q[2];
rx(pi*0.093308741558) q[3];
rx(pi*-0.089672870594) q[4];
rx(pi*0.149795259767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.25636378907) q[0];
rx(pi*0.139787144845) q[1];
rx(pi*0.250110959585) q[2];
rx(pi*0.291053105609) q[3];
rx(pi*0.120196350408) q[4];
rx(pi*0.183522648512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.19199786977) q[0];
rx(pi*0.173410610364) q[1];
rx(pi*-0.195743621402) q[2];
rx(pi*0.292447071328) q[3];
rx(pi*0.128952501142) q[4];
rx(pi*0.174862499881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.013042218947) q[0];
rx(pi*0.116528918279) q[1];
rx(pi*-0.106405648264) q[2];
rx(pi*-0.02326311442) q[3];
rx(pi*0.123285360378) q[4];
rx(pi*-0.002426793782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
