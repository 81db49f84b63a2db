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
rx(pi*-0.001659447375) q[0];
rx(pi*0.002405752412) q[1];
rx(pi*-0.006214621928) q[2];
rx(pi*-0.002392612005) q[3];
rx(pi*-0.001164174395) q[4];
rx(pi*-0.004282244908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000720835531) q[0];
rx(pi*0.002846122633) q[1];
rx(pi*0.000946321227) q[2];
rx(pi*-0.003009474137) q[3];
rx(pi*0.001685125507) q[4];
rx(pi*0.004836013463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001243694146) q[0];
rx(pi*0.000859588571) q[1];
rx(pi*0.006315762682) q[2];
rx(pi*0.001945399292) q[3];
rx(pi*0.002588797924) q[4];
rx(pi*-0.000637105535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000281666003) q[0];
rx(pi*0.004368867359) q[1];
rx(pi*0.002095765136) q[2];
rx(pi*-0.000163377517) q[3];
rx(pi*-0.001481492784) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003341965611) q[0];
rx(pi*-0.001530320336) q[1];
rx(pi*-0.000395829806) q[2];
rx(pi*0.002135985879) q[3];
rx(pi*0.002609861528) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
