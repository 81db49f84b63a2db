// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.161549398715) q[0];
rx(pi*0.001640305948) q[1];
rx(pi*-0.002133703961) q[2];
rx(pi*0.002816458446) q[3];
rx(pi*-0.000628287209) q[4];
rx(pi*-0.001398709795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000441919761) q[0];
rx(pi*-0.003583696204) q[1];
rx(pi*-0.004689837632) q[2];
rx(pi*-0.001645143702) q[3];
rx(pi*0.000410559366) q[4];
rx(pi*0.000224572781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.16761386676) q[0];
rx(pi*0.000595488108) q[1];
rx(pi*0.002453027163) q[2];
rx(pi*0.001111535618) q[3];
rx(pi*0.003313416369) q[4];
rx(pi*-0.000604171883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002970699473) q[0];
rx(pi*0.000741226418) q[1];
rx(pi*0.001418710925) q[2];
rx(pi*0.001237251045) q[3];
rx(pi*-0.001672375079) q[4];
rx(pi*0.005020923048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.167229592729) q[0];
rx(pi*0.000401520519) q[1];
rx(pi*-0.006043856527) q[2];
rx(pi*0.004391980019) q[3];
rx(pi*-0.001748142006) q[4];
rx(pi*-0.001219753577) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
