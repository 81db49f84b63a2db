// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.002160655639) q[0];
rz(pi*0.004119086096) q[1];
rz(pi*-0.006392749942) q[2];
rz(pi*0.000431014063) q[3];
rz(pi*-0.005579601692) q[4];
rz(pi*-0.002274862093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002191568915) q[0];
rz(pi*-0.001299525754) q[1];
rz(pi*0.004076998316) q[2];
rz(pi*-0.003461388386) q[3];
rz(pi*-0.001387842857) q[4];
rz(pi*-0.002486008172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000438683648) q[0];
rz(pi*-0.001501083629) q[1];
rz(pi*-0.001729632164) q[2];
rz(pi*-0.000255364791) q[3];
rz(pi*0.002986434996) q[4];
rz(pi*-8.8879662e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000411037353) q[0];
rz(pi*-0.001545185929) q[1];
rz(pi*-0.002899097213) q[2];
rz(pi*-0.00528160208) q[3];
rz(pi*-0.00402371869) q[4];
rz(pi*-0.000585813082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006826529801) q[0];
rz(pi*0.00137226964) q[1];
rz(pi*-0.002081738643) q[2];
rz(pi*-0.003748868795) q[3];
rz(pi*-0.00250270256) q[4];
rz(pi*0.001339728858) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
