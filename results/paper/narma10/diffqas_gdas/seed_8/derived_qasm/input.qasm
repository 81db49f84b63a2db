// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.007354329705) q[0];
rz(pi*0.000247093914) q[1];
rz(pi*-0.004602242531) q[2];
rz(pi*0.001065446367) q[3];
rz(pi*-5.469234e-05) q[4];
rz(pi*-0.001499465461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003735182626) q[0];
rz(pi*-0.004717346931) q[1];
rz(pi*0.002156403372) q[2];
rz(pi*0.006525438817) q[3];
rz(pi*0.002760457713) q[4];
rz(pi*0.001462209506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000609608798) q[0];
rz(pi*0.004623354753) q[1];
rz(pi*0.003316240641) q[2];
rz(pi*0.002415966865) q[3];
rz(pi*-0.001491556345) q[4];
rz(pi*-0.002156147684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000696923569) q[0];
rz(pi*-0.001476437437) q[1];
rz(pi*-0.000928419699) q[2];
rz(pi*0.000530600163) q[3];
rz(pi*-0.001618999997) q[4];
rz(pi*-0.000310013104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001243531395) q[0];
rz(pi*-0.005410110429) q[1];
rz(pi*0.005410989104) q[2];
rz(pi*-0.001026160551) q[3];
rz(pi*-0.000886975955) q[4];
rz(pi*-0.00264135036) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
