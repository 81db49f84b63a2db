// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*-0.224201718416) q[0];
rx(pi*-0.20823973708) q[1];
rx(pi*0.151184311544) q[2];
rx(pi*-0.013974912109) q[3];
rx(pi*-0.007501118296) q[4];
rx(pi*0.002325587217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.126699269167) q[0];
rx(pi*-0.17819517685) q[1];
rx(pi*0.146385173988) q[2];
rx(pi*-0.011719359529) q[3];
rx(pi*-0.001219227009) q[4];
rx(pi*-0.00230152414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.239130747476) q[0];
rx(pi*-0.200577536005) q[1];
rx(pi*0.157962648195) q[2];
rx(pi*-0.016101110866) q[3];
rx(pi*-0.005874409732) q[4];
rx(pi*-0.000421226385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159496964815) q[0];
rx(pi*-0.192282081531) q[1];
rx(pi*0.158304318922) q[2];
rx(pi*-0.013623701647) q[3];
rx(pi*-0.000929517079) q[4];
rx(pi*0.002244113198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.255866722053) q[0];
rx(pi*-0.202660060683) q[1];
rx(pi*0.146835207563) q[2];
rx(pi*-0.01317173048) q[3];
rx(pi*-0.002032057466) q[4];
rx(pi*0.000261187108) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
