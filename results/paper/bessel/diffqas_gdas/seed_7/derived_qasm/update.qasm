// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00036436695) q[0];
ry(pi*-0.000981390573) q[1];
ry(pi*-0.426522166915) q[2];
ry(pi*0.012447141087) q[3];
ry(pi*-0.031559190252) q[4];
ry(pi*-0.00481330012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.41350784858) q[0];
ry(pi*0.003933501793) q[1];
ry(pi*-0.389740421924) q[2];
ry(pi*-0.004986359445) q[3];
ry(pi*0.006722413291) q[4];
ry(pi*-0.002568608845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003021359081) q[0];
ry(pi*0.001603709296) q[1];
ry(pi*-0.040649453445) q[2];
ry(pi*-0.004778038379) q[3];
ry(pi*-0.000169324658) q[4];
ry(pi*0.007250661426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.325969146483) q[0];
ry(pi*0.000137319856) q[1];
ry(pi*0.002740143236) q[2];
ry(pi*0.007601035308) q[3];
ry(pi*0.000747614749) q[4];
ry(pi*-0.006685063658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008330833313) q[0];
ry(pi*-2.7920932e-05) q[1];
ry(pi*0.344402688688) q[2];
ry(pi*-0.000596936782) q[3];
ry(pi*0.012354343006) q[4];
ry(pi*-0.002110156113) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
