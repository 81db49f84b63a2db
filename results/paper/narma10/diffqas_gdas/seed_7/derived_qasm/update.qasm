// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.284024461498) q[0];
rx(pi*-0.0018416486) q[1];
rx(pi*0.000609288263) q[2];
rx(pi*-0.00377828604) q[3];
rx(pi*-0.001843437819) q[4];
rx(pi*-0.000624521934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.077413093691) q[0];
rx(pi*0.002591624271) q[1];
rx(pi*-0.004002115549) q[2];
rx(pi*-0.002529737836) q[3];
rx(pi*0.002059358064) q[4];
rx(pi*-0.006341770762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.275973926224) q[0];
rx(pi*-0.000668978565) q[1];
rx(pi*0.004205732559) q[2];
rx(pi*0.002194296692) q[3];
rx(pi*-0.001041148873) q[4];
rx(pi*-0.001172938173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.071505188759) q[0];
rx(pi*0.003795571992) q[1];
rx(pi*-0.001151709818) q[2];
rx(pi*-0.000966304718) q[3];
rx(pi*0.001122503348) q[4];
rx(pi*-0.000384047508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.282749796417) q[0];
rx(pi*-0.003911886793) q[1];
rx(pi*0.000168172675) q[2];
rx(pi*-0.001411828116) q[3];
rx(pi*0.003712104946) q[4];
rx(pi*0.002078842927) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
