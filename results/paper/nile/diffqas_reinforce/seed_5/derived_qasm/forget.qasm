// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.002254617579) q[0];
rz(pi*-0.001607235263) q[1];
rz(pi*-0.00062823785) q[2];
rz(pi*-0.002536813188) q[3];
rz(pi*0.006474281768) q[4];
rz(pi*-0.000487505567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000548888891) q[0];
rz(pi*0.002819253369) q[1];
rz(pi*-0.000967129144) q[2];
rz(pi*-0.004916921264) q[3];
rz(pi*0.000294520429) q[4];
rz(pi*0.001008039946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001287181314) q[0];
rz(pi*-0.000188870794) q[1];
rz(pi*0.00337214147) q[2];
rz(pi*-0.004309300639) q[3];
rz(pi*-0.004050435876) q[4];
rz(pi*0.000918073696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004090574503) q[0];
rz(pi*-0.002270987799) q[1];
rz(pi*-0.002410828808) q[2];
rz(pi*0.002994465211) q[3];
rz(pi*-0.003700588488) q[4];
rz(pi*-0.000230845349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006551839396) q[0];
rz(pi*0.002575043275) q[1];
rz(pi*0.002536917538) q[2];
rz(pi*-0.003070432686) q[3];
rz(pi*-0.003658133111) q[4];
rz(pi*-0.001734087647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
