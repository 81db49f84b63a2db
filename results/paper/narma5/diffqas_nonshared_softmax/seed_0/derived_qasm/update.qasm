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
rz(pi*-0.000942155153) q[0];
rz(pi*-0.001663600035) q[1];
rz(pi*0.00225006738) q[2];
rz(pi*6.4503257e-05) q[3];
rz(pi*0.000775701012) q[4];
rz(pi*0.000347135249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001687692757) q[0];
rz(pi*0.000705038569) q[1];
rz(pi*-0.005107824754) q[2];
rz(pi*0.005355949756) q[3];
rz(pi*-0.007278824098) q[4];
rz(pi*-0.002049558047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000771141846) q[0];
rz(pi*-0.000152705337) q[1];
rz(pi*-0.000387104973) q[2];
rz(pi*-0.000250390744) q[3];
rz(pi*0.001386585913) q[4];
rz(pi*0.001211800883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004744238725) q[0];
rz(pi*-0.000143603264) q[1];
rz(pi*0.002456388748) q[2];
rz(pi*0.00586272074) q[3];
rz(pi*-0.003234675909) q[4];
rz(pi*-0.001750506781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003160216175) q[0];
rz(pi*-0.003678963706) q[1];
rz(pi*-0.005292946004) q[2];
rz(pi*-0.000471850049) q[3];
rz(pi*0.004829018152) q[4];
rz(pi*0.000200391088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
