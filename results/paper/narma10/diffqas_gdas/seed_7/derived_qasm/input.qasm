// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.005471563751) q[0];
rx(pi*-0.006286623506) q[1];
rx(pi*0.000772257384) q[2];
rx(pi*0.001229094172) q[3];
rx(pi*0.007246895928) q[4];
rx(pi*-0.005498839448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00169811087) q[0];
rx(pi*0.00300230481) q[1];
rx(pi*-0.000349610451) q[2];
rx(pi*-0.00117080952) q[3];
rx(pi*0.005455086513) q[4];
rx(pi*-0.002262516319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003428796466) q[0];
rx(pi*-0.004522125361) q[1];
rx(pi*0.001313501406) q[2];
rx(pi*0.000915290261) q[3];
rx(pi*-0.003748493787) q[4];
rx(pi*-0.003241661734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00219723643) q[0];
rx(pi*0.001197260569) q[1];
rx(pi*-0.003030372322) q[2];
rx(pi*0.002325853428) q[3];
rx(pi*0.001990843914) q[4];
rx(pi*-0.005675326911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000804027769) q[0];
rx(pi*0.001304241371) q[1];
rx(pi*-0.002241325539) q[2];
rx(pi*-0.006916602328) q[3];
rx(pi*-0.000867370659) q[4];
rx(pi*0.002393986937) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
