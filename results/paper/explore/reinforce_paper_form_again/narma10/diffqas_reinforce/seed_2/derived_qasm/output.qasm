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
ry(pi*-0.000221140474) q[0];
ry(pi*0.041831128346) q[1];
ry(pi*0.018425017512) q[2];
ry(pi*0.022635495927) q[3];
ry(pi*-0.001527045314) q[4];
ry(pi*0.000228221255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007820855934) q[0];
ry(pi*0.020746666402) q[1];
ry(pi*0.000747017701) q[2];
ry(pi*0.00587769676) q[3];
ry(pi*0.001309071418) q[4];
ry(pi*-0.003197808303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001257371273) q[0];
ry(pi*0.043303925832) q[1];
ry(pi*0.025029389482) q[2];
ry(pi*-0.006098961687) q[3];
ry(pi*0.00152542433) q[4];
ry(pi*0.000980494259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00746421986) q[0];
ry(pi*0.022630710051) q[1];
ry(pi*0.007250754511) q[2];
ry(pi*0.001891395886) q[3];
ry(pi*-0.006001677737) q[4];
ry(pi*-0.004399348264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006360603585) q[0];
ry(pi*0.039209163391) q[1];
ry(pi*0.020058567531) q[2];
ry(pi*0.049215867216) q[3];
ry(pi*-0.103917951073) q[4];
ry(pi*0.008673663156) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
