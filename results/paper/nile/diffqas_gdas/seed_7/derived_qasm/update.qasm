// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.020182627957) q[0];
rx(pi*0.00838698731) q[1];
rx(pi*-0.08764098418) q[2];
rx(pi*0.036249037667) q[3];
rx(pi*-0.002035260451) q[4];
rx(pi*-0.000776879027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.136542909339) q[0];
rx(pi*0.253764579554) q[1];
rx(pi*-0.123088100721) q[2];
rx(pi*0.03471616772) q[3];
rx(pi*-0.003656274375) q[4];
rx(pi*0.005667569429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00606542617) q[0];
rx(pi*-0.015636003443) q[1];
rx(pi*-0.0914523246) q[2];
rx(pi*0.03837758786) q[3];
rx(pi*0.00587672915) q[4];
rx(pi*0.002515207972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.389557296963) q[0];
rx(pi*0.246631566358) q[1];
rx(pi*-0.12214180647) q[2];
rx(pi*0.037772933505) q[3];
rx(pi*5.445646e-05) q[4];
rx(pi*-0.003887108385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.015149589624) q[0];
rx(pi*0.00780713923) q[1];
rx(pi*-0.08998822612) q[2];
rx(pi*0.038364278477) q[3];
rx(pi*0.00201171868) q[4];
rx(pi*-9.4730522e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
