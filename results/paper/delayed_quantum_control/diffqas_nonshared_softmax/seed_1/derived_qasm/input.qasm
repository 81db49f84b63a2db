// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004347331808) q[0];
rz(pi*0.000700034211) q[1];
rz(pi*-0.003337321142) q[2];
rz(pi*0.001069730873) q[3];
rz(pi*-0.001308596358) q[4];
rz(pi*-0.002391433916) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00424246291) q[0];
rz(pi*-0.000294070882) q[1];
rz(pi*-0.002313967298) q[2];
rz(pi*-0.001945335556) q[3];
rz(pi*-0.002023431684) q[4];
rz(pi*0.000598668156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000473596431) q[0];
rz(pi*-0.005453740041) q[1];
rz(pi*-0.000514582902) q[2];
rz(pi*0.00126595407) q[3];
rz(pi*0.003305181604) q[4];
rz(pi*0.002490131928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00066447402) q[0];
rz(pi*-0.003638669147) q[1];
rz(pi*-0.00245318606) q[2];
rz(pi*0.002908532301) q[3];
rz(pi*-0.002237196298) q[4];
rz(pi*0.003264066474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004052739879) q[0];
rz(pi*-0.003383341617) q[1];
rz(pi*0.001399942727) q[2];
rz(pi*-0.000356122699) q[3];
rz(pi*0.006454704856) q[4];
rz(pi*0.002667605382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
