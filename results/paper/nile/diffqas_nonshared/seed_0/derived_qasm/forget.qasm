// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.061772781063) q[0];
rx(pi*-0.124877022128) q[1];
rx(pi*0.092109597499) q[2];
rx(pi*0.020120250306) q[3];
rx(pi*-0.035714259943) q[4];
rx(pi*-0.003085074607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.22898785964) q[0];
rx(pi*-0.088395558815) q[1];
rx(pi*0.083628314447) q[2];
rx(pi*0.033820115677) q[3];
rx(pi*-0.036302804063) q[4];
rx(pi*-0.001257673503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053742802761) q[0];
rx(pi*-0.044409913699) q[1];
rx(pi*0.076772659106) q[2];
rx(pi*0.004473008178) q[3];
rx(pi*-0.030108135536) q[4];
rx(pi*0.00228768856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168253969322) q[0];
rx(pi*-0.175010790877) q[1];
rx(pi*0.05196847614) q[2];
rx(pi*0.007837886347) q[3];
rx(pi*-0.040221945264) q[4];
rx(pi*0.000389881739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14710668861) q[0];
rx(pi*-0.067271514975) q[1];
rx(pi*0.085993201043) q[2];
rx(pi*0.019352381704) q[3];
rx(pi*-0.036306228644) q[4];
rx(pi*0.001169706359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
