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
ry(pi*-5.8263e-07) q[0];
ry(pi*-0.446739564804) q[1];
ry(pi*-9.242458e-06) q[2];
ry(pi*-0.000584675717) q[3];
ry(pi*-5.7564646e-05) q[4];
ry(pi*-7.382317e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006008734414) q[0];
ry(pi*6.7161456e-05) q[1];
ry(pi*-0.49890900503) q[2];
ry(pi*-0.500009234669) q[3];
ry(pi*-7.225364e-06) q[4];
ry(pi*1.1686461e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09904340633) q[0];
ry(pi*0.000665182088) q[1];
ry(pi*0.000471921715) q[2];
ry(pi*0.157866541741) q[3];
ry(pi*-2.0317089e-05) q[4];
ry(pi*-0.003896350485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040706082354) q[0];
ry(pi*0.216649805923) q[1];
ry(pi*-0.000922088952) q[2];
ry(pi*0.216648648586) q[3];
ry(pi*-0.499956793995) q[4];
ry(pi*-0.001126176279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000151532418) q[0];
ry(pi*0.061373898016) q[1];
ry(pi*-0.030905529291) q[2];
ry(pi*-0.006855408102) q[3];
ry(pi*-0.013659108352) q[4];
ry(pi*3.7124053e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
