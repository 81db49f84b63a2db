// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
rx(pi*0.001686599304) q[0];
rx(pi*-0.000190287136) q[1];
rx(pi*-0.000214393198) q[2];
rx(pi*0.001609683044) q[3];
rx(pi*0.002454847806) q[4];
rx(pi*-0.000307557949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001795225547) q[0];
rx(pi*-0.000723068979) q[1];
rx(pi*0.003121300994) q[2];
rx(pi*0.002462995415) q[3];
rx(pi*-0.001339095495) q[4];
rx(pi*0.009043680947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007993638969) q[0];
rx(pi*-0.003349365576) q[1];
rx(pi*0.003278375779) q[2];
rx(pi*-0.003171246752) q[3];
rx(pi*0.000140578083) q[4];
rx(pi*0.004945940971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00246382903) q[0];
rx(pi*-0.003799891257) q[1];
rx(pi*0.00164841324) q[2];
rx(pi*-0.007807959209) q[3];
rx(pi*-0.00504883196) q[4];
rx(pi*0.000112290846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002628076552) q[0];
rx(pi*0.005020822848) q[1];
rx(pi*0.000424928813) q[2];
rx(pi*0.004066696114) q[3];
rx(pi*0.000374267797) q[4];
rx(pi*0.000539525729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
