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
rz(pi*0.002689706261) q[0];
rz(pi*0.002675949241) q[1];
rz(pi*-0.001930916712) q[2];
rz(pi*-0.000222871348) q[3];
rz(pi*0.004298439927) q[4];
rz(pi*-0.00126227647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600976976) q[0];
rz(pi*-6.7542514e-05) q[1];
rz(pi*0.001939226331) q[2];
rz(pi*-0.001161527622) q[3];
rz(pi*-0.000484986935) q[4];
rz(pi*0.000771528638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327959804) q[0];
rz(pi*-0.002753317438) q[1];
rz(pi*0.002851346068) q[2];
rz(pi*-0.004133199152) q[3];
rz(pi*-0.003823280208) q[4];
rz(pi*-0.004082302978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077976132) q[0];
rz(pi*-0.001147847752) q[1];
rz(pi*-0.003090909024) q[2];
rz(pi*-0.003616048889) q[3];
rz(pi*0.001340514893) q[4];
rz(pi*-0.003357661113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049143358) q[0];
rz(pi*0.001954420093) q[1];
rz(pi*-0.003809247193) q[2];
rz(pi*-0.001026355244) q[3];
rz(pi*-2.1531028e-05) q[4];
rz(pi*-0.001417546769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
