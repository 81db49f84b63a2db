// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.093792603542) q[0];
rx(pi*0.005472095581) q[1];
rx(pi*0.003929899935) q[2];
rx(pi*-0.000200426773) q[3];
rx(pi*-0.001150150866) q[4];
rx(pi*0.006158042823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113172032083) q[0];
rx(pi*-0.00089224734) q[1];
rx(pi*0.000675302271) q[2];
rx(pi*0.007520950154) q[3];
rx(pi*0.002260546414) q[4];
rx(pi*0.003323646238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087895655372) q[0];
rx(pi*0.001657149153) q[1];
rx(pi*0.004176541505) q[2];
rx(pi*-0.000931838351) q[3];
rx(pi*0.004557413782) q[4];
rx(pi*0.001895629625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115571278325) q[0];
rx(pi*0.008848015) q[1];
rx(pi*-0.001198702572) q[2];
rx(pi*-0.001080103407) q[3];
rx(pi*0.000755479398) q[4];
rx(pi*0.001117575251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089528715657) q[0];
rx(pi*0.007439638293) q[1];
rx(pi*0.001154712181) q[2];
rx(pi*-9.9870413e-05) q[3];
rx(pi*0.002407220725) q[4];
rx(pi*-0.000829466518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
