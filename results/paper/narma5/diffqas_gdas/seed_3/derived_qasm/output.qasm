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
rz(pi*-0.006579231893) q[0];
rz(pi*0.000866811037) q[1];
rz(pi*0.001470884202) q[2];
rz(pi*0.002819707529) q[3];
rz(pi*-0.00264080104) q[4];
rz(pi*-0.002040606319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005359020377) q[0];
rz(pi*-0.004653888426) q[1];
rz(pi*0.002817378031) q[2];
rz(pi*0.008970565906) q[3];
rz(pi*-0.003383703581) q[4];
rz(pi*-0.001280008429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002943633663) q[0];
rz(pi*-0.002238934676) q[1];
rz(pi*0.001834305406) q[2];
rz(pi*-0.000984650624) q[3];
rz(pi*-0.000976648868) q[4];
rz(pi*0.002861693034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000831457767) q[0];
rz(pi*-0.004058902465) q[1];
rz(pi*0.002601035643) q[2];
rz(pi*5.9925878e-05) q[3];
rz(pi*-0.001784181926) q[4];
rz(pi*-0.002580794686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001826558299) q[0];
rz(pi*-0.00231123122) q[1];
rz(pi*0.000365871467) q[2];
rz(pi*0.003173092149) q[3];
rz(pi*-0.000363478529) q[4];
rz(pi*0.003453798397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
