// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.29763e-07) q[0];
rx(pi*0.00259592308) q[1];
rx(pi*-0.000781312424) q[2];
rx(pi*0.001379482546) q[3];
rx(pi*4.8734935e-05) q[4];
rx(pi*0.003184200989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.8152035e-05) q[0];
rx(pi*0.002157874649) q[1];
rx(pi*-0.006545603884) q[2];
rx(pi*-0.002015382347) q[3];
rx(pi*-0.000561853207) q[4];
rx(pi*-0.001679692631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.216821e-05) q[0];
rx(pi*-0.001580657704) q[1];
rx(pi*0.002713633268) q[2];
rx(pi*0.004064511876) q[3];
rx(pi*0.002318991964) q[4];
rx(pi*0.001978512221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.592318e-06) q[0];
rx(pi*-0.000452999735) q[1];
rx(pi*-7.2079729e-05) q[2];
rx(pi*-0.007672059196) q[3];
rx(pi*-0.003027545976) q[4];
rx(pi*-0.00851583954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*7.2531323e-05) q[0];
rx(pi*-0.003952437781) q[1];
rx(pi*0.003520300546) q[2];
rx(pi*-0.002354425793) q[3];
rx(pi*0.002300247482) q[4];
rx(pi*-0.002086495318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
