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
rx(pi*0.175126145183) q[0];
rx(pi*0.097675869649) q[1];
rx(pi*0.050825363348) q[2];
rx(pi*0.000974000613) q[3];
rx(pi*-0.001141091231) q[4];
rx(pi*0.006146642573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095988936247) q[0];
rx(pi*0.101281365244) q[1];
rx(pi*0.047860971128) q[2];
rx(pi*0.008698098869) q[3];
rx(pi*0.002241324501) q[4];
rx(pi*0.003330478205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.173999201915) q[0];
rx(pi*0.094043385321) q[1];
rx(pi*0.051091010275) q[2];
rx(pi*0.00023116796) q[3];
rx(pi*0.004562049062) q[4];
rx(pi*0.001891268561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096615226649) q[0];
rx(pi*0.11001163715) q[1];
rx(pi*0.045984537922) q[2];
rx(pi*8.3647574e-05) q[3];
rx(pi*0.000752303241) q[4];
rx(pi*0.001125950756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.170860483346) q[0];
rx(pi*0.09965214694) q[1];
rx(pi*0.048067332961) q[2];
rx(pi*0.001070258552) q[3];
rx(pi*0.002402956748) q[4];
rx(pi*-0.000828842344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
