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
rx(pi*-0.001659447227) q[0];
rx(pi*0.00240575419) q[1];
rx(pi*-0.006214621928) q[2];
rx(pi*-0.002392612005) q[3];
rx(pi*-0.001164174543) q[4];
rx(pi*-0.004282244908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000720835976) q[0];
rx(pi*0.002846120854) q[1];
rx(pi*0.000946320931) q[2];
rx(pi*-0.003009474137) q[3];
rx(pi*0.001685125507) q[4];
rx(pi*0.004836013463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001243692367) q[0];
rx(pi*0.000859590869) q[1];
rx(pi*0.006315762682) q[2];
rx(pi*0.001945399292) q[3];
rx(pi*0.002588797924) q[4];
rx(pi*-0.000637107313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000281666559) q[0];
rx(pi*0.004368869434) q[1];
rx(pi*0.002095764988) q[2];
rx(pi*-0.000163378055) q[3];
rx(pi*-0.001481492784) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00334196324) q[0];
rx(pi*-0.001530319595) q[1];
rx(pi*-0.000395829843) q[2];
rx(pi*0.002135985879) q[3];
rx(pi*0.002609861528) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
