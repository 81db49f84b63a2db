// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001737120322) q[0];
rz(pi*-0.00332196626) q[1];
rz(pi*-0.005846108321) q[2];
rz(pi*-0.001888534706) q[3];
rz(pi*-0.004658131799) q[4];
rz(pi*0.001762920739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*7.067827e-05) q[0];
rz(pi*0.001623361802) q[1];
rz(pi*0.000292104461) q[2];
rz(pi*-0.001125086829) q[3];
rz(pi*9.0702305e-05) q[4];
rz(pi*0.003351268483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000581923483) q[0];
rz(pi*-0.00242461992) q[1];
rz(pi*-0.003086346374) q[2];
rz(pi*-0.000705137954) q[3];
rz(pi*-0.002385875791) q[4];
rz(pi*0.00598693947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003750807573) q[0];
rz(pi*-0.003442170178) q[1];
rz(pi*-0.000973028631) q[2];
rz(pi*0.002069523899) q[3];
rz(pi*-0.00085310545) q[4];
rz(pi*-0.003049097238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00256850331) q[0];
rz(pi*-0.001116604232) q[1];
rz(pi*0.003098445355) q[2];
rz(pi*-0.003112891917) q[3];
rz(pi*-0.000290675038) q[4];
rz(pi*-0.001951445225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
