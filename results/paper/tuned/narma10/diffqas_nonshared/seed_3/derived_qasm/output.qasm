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
rz(pi*-0.006579233079) q[0];
rz(pi*0.000866798734) q[1];
rz(pi*0.001470895171) q[2];
rz(pi*0.002819708122) q[3];
rz(pi*-0.002640802226) q[4];
rz(pi*-0.0020406121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005359020969) q[0];
rz(pi*-0.004653887833) q[1];
rz(pi*0.002817379217) q[2];
rz(pi*0.008970566499) q[3];
rz(pi*-0.003383702692) q[4];
rz(pi*-0.001280009319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002943633663) q[0];
rz(pi*-0.00223893764) q[1];
rz(pi*0.001834318005) q[2];
rz(pi*-0.000984654108) q[3];
rz(pi*-0.000976649387) q[4];
rz(pi*0.002861693923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000831466364) q[0];
rz(pi*-0.004058903058) q[1];
rz(pi*0.002601035643) q[2];
rz(pi*5.9917961e-05) q[3];
rz(pi*-0.001784183408) q[4];
rz(pi*-0.002580794686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001826558151) q[0];
rz(pi*-0.00231123463) q[1];
rz(pi*0.000365877507) q[2];
rz(pi*0.003173091556) q[3];
rz(pi*-0.000363477343) q[4];
rz(pi*0.003453798397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
