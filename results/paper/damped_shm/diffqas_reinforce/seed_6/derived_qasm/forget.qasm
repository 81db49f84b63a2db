// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.136495314956) q[0];
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
rz(pi*-0.001113709554) q[0];
rz(pi*-0.004177017306) q[1];
rz(pi*-0.003884008119) q[2];
rz(pi*-0.002881402754) q[3];
rz(pi*-0.002317826918) q[4];
rz(pi*0.002565430614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001987868157) q[0];
rz(pi*-0.000158764416) q[1];
rz(pi*0.000846226272) q[2];
rz(pi*0.000860175985) q[3];
rz(pi*0.000662454682) q[4];
rz(pi*-0.003637049646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003628523767) q[0];
rz(pi*0.001017144493) q[1];
rz(pi*-0.003034098095) q[2];
rz(pi*-0.002743162867) q[3];
rz(pi*0.003104872966) q[4];
rz(pi*0.00135330297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004030166756) q[0];
rz(pi*-0.003819488623) q[1];
rz(pi*0.001082472555) q[2];
rz(pi*-0.001728579176) q[3];
rz(pi*0.000764933829) q[4];
rz(pi*-0.001790060217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002407029515) q[0];
rz(pi*0.005119421254) q[1];
rz(pi*0.002688008201) q[2];
rz(pi*-0.007029235231) q[3];
rz(pi*-0.001366904355) q[4];
rz(pi*0.000459504163) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
