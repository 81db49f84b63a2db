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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.055254446947) q[0];
ry(pi*-0.041537259457) q[1];
ry(pi*-0.006928135387) q[2];
ry(pi*0.002084356437) q[3];
ry(pi*5.6947003e-05) q[4];
ry(pi*0.003605430079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05636274949) q[0];
ry(pi*0.017446456547) q[1];
ry(pi*0.0085121861) q[2];
ry(pi*0.002813102641) q[3];
ry(pi*-0.009610791791) q[4];
ry(pi*-0.002902131074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.052156007521) q[0];
ry(pi*-0.039284990349) q[1];
ry(pi*-0.003717865843) q[2];
ry(pi*-0.005566993708) q[3];
ry(pi*0.000910330814) q[4];
ry(pi*0.001225330453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.048261575952) q[0];
ry(pi*0.012931403871) q[1];
ry(pi*0.003904337122) q[2];
ry(pi*0.002574351659) q[3];
ry(pi*-0.004786499039) q[4];
ry(pi*-0.001189857566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047285560892) q[0];
ry(pi*-0.025421072372) q[1];
ry(pi*0.006283321062) q[2];
ry(pi*7.3679605e-05) q[3];
ry(pi*0.000296462875) q[4];
ry(pi*-0.005428304701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
