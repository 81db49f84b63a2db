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
rz(pi*0.003173251342) q[0];
rz(pi*0.001041614595) q[1];
rz(pi*-0.001177252917) q[2];
rz(pi*0.002823416108) q[3];
rz(pi*-0.000631528436) q[4];
rz(pi*-0.001406394943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000696960922) q[0];
rz(pi*-0.004144030516) q[1];
rz(pi*-0.003727470204) q[2];
rz(pi*-0.001631340583) q[3];
rz(pi*0.000403818741) q[4];
rz(pi*0.000214180199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002830714687) q[0];
rz(pi*-8.864578e-06) q[1];
rz(pi*0.003423515224) q[2];
rz(pi*0.001119626531) q[3];
rz(pi*0.003324335482) q[4];
rz(pi*-0.000610354405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002688822843) q[0];
rz(pi*0.000184651359) q[1];
rz(pi*0.002380784128) q[2];
rz(pi*0.00124609909) q[3];
rz(pi*-0.001668807462) q[4];
rz(pi*0.005023756509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002507541203) q[0];
rz(pi*-0.000195215974) q[1];
rz(pi*-0.00507563986) q[2];
rz(pi*0.004400471806) q[3];
rz(pi*-0.00174612215) q[4];
rz(pi*-0.001220694358) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
