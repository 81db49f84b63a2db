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
rx(pi*0.096024301449) q[0];
rx(pi*-0.102323803893) q[1];
rx(pi*0.002550607265) q[2];
rx(pi*-0.003478769794) q[3];
rx(pi*0.01126617292) q[4];
rx(pi*-0.000743337803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.114293843223) q[0];
rx(pi*-0.090760426438) q[1];
rx(pi*-0.003520294914) q[2];
rx(pi*-0.005185230601) q[3];
rx(pi*-0.001354994213) q[4];
rx(pi*-0.002300360577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124666775624) q[0];
rx(pi*-0.104421345501) q[1];
rx(pi*0.008342969349) q[2];
rx(pi*0.006559651425) q[3];
rx(pi*-0.00579758374) q[4];
rx(pi*0.00150371921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089254938908) q[0];
rx(pi*-0.092272260351) q[1];
rx(pi*9.425397e-05) q[2];
rx(pi*0.003243426199) q[3];
rx(pi*0.001675475493) q[4];
rx(pi*-0.00391984675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100702051366) q[0];
rx(pi*-0.102332436493) q[1];
rx(pi*0.006761961391) q[2];
rx(pi*-0.003310363535) q[3];
rx(pi*-0.00738186687) q[4];
rx(pi*0.000253592729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
