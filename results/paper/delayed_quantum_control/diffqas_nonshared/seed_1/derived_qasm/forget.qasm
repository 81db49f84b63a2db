// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.003621951489) q[0];
rz(pi*5.0992942e-05) q[1];
rz(pi*0.001507505904) q[2];
rz(pi*-0.004250052305) q[3];
rz(pi*0.002028938968) q[4];
rz(pi*-9.7379258e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001542740964) q[0];
rz(pi*0.005094079592) q[1];
rz(pi*-0.007260192267) q[2];
rz(pi*0.000830632897) q[3];
rz(pi*-0.003498615585) q[4];
rz(pi*0.001885016744) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004180388526) q[0];
rz(pi*-0.001576894726) q[1];
rz(pi*0.000645308283) q[2];
rz(pi*0.00195284995) q[3];
rz(pi*0.000238069649) q[4];
rz(pi*-0.002523658849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001761946162) q[0];
rz(pi*0.002815453483) q[1];
rz(pi*-1.7518221e-05) q[2];
rz(pi*-0.005359752606) q[3];
rz(pi*0.002685458441) q[4];
rz(pi*0.001324949236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002780180477) q[0];
rz(pi*-0.001071515867) q[1];
rz(pi*0.00263611151) q[2];
rz(pi*-0.003377468662) q[3];
rz(pi*0.001814356451) q[4];
rz(pi*-0.001560926195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
