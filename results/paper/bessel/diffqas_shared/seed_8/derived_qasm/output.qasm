// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.259631655133) q[0];
rz(pi*-0.122505438152) q[1];
rz(pi*-0.008788778524) q[2];
rz(pi*-0.006373783716) q[3];
rz(pi*-0.058964031779) q[4];
rz(pi*0.259563144541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.090661179994) q[0];
rz(pi*-0.080594856682) q[1];
rz(pi*-0.016324468724) q[2];
rz(pi*0.267418639969) q[3];
rz(pi*-0.167024990618) q[4];
rz(pi*-0.475146397453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.159643339563) q[0];
rz(pi*-0.059195774405) q[1];
rz(pi*-0.081189035708) q[2];
rz(pi*-0.048401661235) q[3];
rz(pi*-0.105557319796) q[4];
rz(pi*0.108172855362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.086744180342) q[0];
rz(pi*0.023701572248) q[1];
rz(pi*0.014792874694) q[2];
rz(pi*-0.0596701263) q[3];
rz(pi*-0.452918343655) q[4];
rz(pi*0.210336510291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.137604662246) q[0];
rz(pi*-0.038072816756) q[1];
rz(pi*0.00989250152) q[2];
rz(pi*-0.040097555187) q[3];
rz(pi*0.017093507708) q[4];
rz(pi*-0.000269667723) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
