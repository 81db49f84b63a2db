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
rz(pi*0.004851287711) q[0];
rz(pi*-0.002938591359) q[1];
rz(pi*-0.001442824101) q[2];
rz(pi*-0.002491553402) q[3];
rz(pi*-0.004460117975) q[4];
rz(pi*0.001981746185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351443388) q[0];
rz(pi*-0.00217786985) q[1];
rz(pi*0.003000984722) q[2];
rz(pi*0.00275404611) q[3];
rz(pi*-0.001978116758) q[4];
rz(pi*-0.004163631439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331960793) q[0];
rz(pi*-0.005086249776) q[1];
rz(pi*-0.003216298728) q[2];
rz(pi*-0.001234285071) q[3];
rz(pi*-0.00050339076) q[4];
rz(pi*-0.001767343612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462736312) q[0];
rz(pi*0.004399239467) q[1];
rz(pi*0.001996139386) q[2];
rz(pi*0.004390199546) q[3];
rz(pi*0.002852170789) q[4];
rz(pi*0.000738407038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863840682) q[0];
rz(pi*-0.004252970847) q[1];
rz(pi*-6.5483925e-05) q[2];
rz(pi*-0.001300637883) q[3];
rz(pi*-0.002974741854) q[4];
rz(pi*0.001304127238) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
