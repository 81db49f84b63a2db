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
rx(pi*-0.064656344635) q[0];
rx(pi*0.079377038696) q[1];
rx(pi*-0.00315434322) q[2];
rx(pi*-0.036501351496) q[3];
rx(pi*-0.001832018893) q[4];
rx(pi*-0.003084482006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.128355305449) q[0];
rx(pi*0.025697438901) q[1];
rx(pi*0.012053649857) q[2];
rx(pi*-0.026178348252) q[3];
rx(pi*0.00263512967) q[4];
rx(pi*-0.001256042885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004037328672) q[0];
rx(pi*0.095832999234) q[1];
rx(pi*-0.012040544432) q[2];
rx(pi*-0.036152158075) q[3];
rx(pi*0.003774440798) q[4];
rx(pi*0.002288352755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230561307552) q[0];
rx(pi*0.061072971265) q[1];
rx(pi*0.011322723566) q[2];
rx(pi*-0.032638201245) q[3];
rx(pi*-0.001283441904) q[4];
rx(pi*0.000390080582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090619639163) q[0];
rx(pi*0.065203324208) q[1];
rx(pi*-0.009271883377) q[2];
rx(pi*-0.037269048157) q[3];
rx(pi*-0.002424546845) q[4];
rx(pi*0.001169639806) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
