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
rz(pi*0.004851458762) q[0];
rz(pi*-0.002938528808) q[1];
rz(pi*-0.00144292519) q[2];
rz(pi*-0.002491657752) q[3];
rz(pi*-0.004460082697) q[4];
rz(pi*0.001981744703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351301092) q[0];
rz(pi*-0.00217797672) q[1];
rz(pi*0.003000928693) q[2];
rz(pi*0.00275407368) q[3];
rz(pi*-0.001978065176) q[4];
rz(pi*-0.004163606538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331779922) q[0];
rz(pi*-0.005086199972) q[1];
rz(pi*-0.003216275901) q[2];
rz(pi*-0.001234332058) q[3];
rz(pi*-0.00050335626) q[4];
rz(pi*-0.001767355322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462573857) q[0];
rz(pi*0.004399189664) q[1];
rz(pi*0.001996178517) q[2];
rz(pi*0.00439021674) q[3];
rz(pi*0.002852153892) q[4];
rz(pi*0.000738445872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863723288) q[0];
rz(pi*-0.004252917487) q[1];
rz(pi*-6.5557115e-05) q[2];
rz(pi*-0.001300645295) q[3];
rz(pi*-0.002974753119) q[4];
rz(pi*0.001304133612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
