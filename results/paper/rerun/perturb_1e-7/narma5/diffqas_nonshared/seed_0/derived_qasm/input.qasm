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
rx(pi*-0.001659417137) q[0];
rx(pi*0.002406477971) q[1];
rx(pi*-0.006214561453) q[2];
rx(pi*-0.002392617786) q[3];
rx(pi*-0.001164170985) q[4];
rx(pi*-0.004282268327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000720761419) q[0];
rx(pi*0.002846894883) q[1];
rx(pi*0.000946364361) q[2];
rx(pi*-0.003009478287) q[3];
rx(pi*0.001685129657) q[4];
rx(pi*0.004836006052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001243711191) q[0];
rx(pi*0.000860345776) q[1];
rx(pi*0.006315804778) q[2];
rx(pi*0.00194535853) q[3];
rx(pi*0.002588790809) q[4];
rx(pi*-0.000637100124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00028166428) q[0];
rx(pi*0.004369664511) q[1];
rx(pi*0.002095827242) q[2];
rx(pi*-0.000163349373) q[3];
rx(pi*-0.00148149649) q[4];
rx(pi*-0.005563141647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003341877862) q[0];
rx(pi*-0.001529596704) q[1];
rx(pi*-0.000395785524) q[2];
rx(pi*0.002135993883) q[3];
rx(pi*0.002609816171) q[4];
rx(pi*0.002288659283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
