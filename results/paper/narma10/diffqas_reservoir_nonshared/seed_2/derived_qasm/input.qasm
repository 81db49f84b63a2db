// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.403814899455) q[0];
ry(pi*1.768899390832) q[1];
ry(pi*1.359622920334) q[2];
ry(pi*1.698472703172) q[3];
ry(pi*1.288872481707) q[4];
ry(pi*0.813084767437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.033156422243) q[0];
ry(pi*1.186887056769) q[1];
ry(pi*1.724236024939) q[2];
ry(pi*0.876372313703) q[3];
ry(pi*1.784480266584) q[4];
ry(pi*1.227433867649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.658712198848) q[0];
ry(pi*0.99611213237) q[1];
ry(pi*1.385036232852) q[2];
ry(pi*0.67805071329) q[3];
ry(pi*1.045657034462) q[4];
ry(pi*0.432446786838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.201407195289) q[0];
ry(pi*0.077208259164) q[1];
ry(pi*1.40389893861) q[2];
ry(pi*0.912861233306) q[3];
ry(pi*1.795468219575) q[4];
ry(pi*1.670366474737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.770190268757) q[0];
ry(pi*1.947357510992) q[1];
ry(pi*1.184124017577) q[2];
ry(pi*1.531766606498) q[3];
ry(pi*0.814388726441) q[4];
ry(pi*0.39233984014) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
