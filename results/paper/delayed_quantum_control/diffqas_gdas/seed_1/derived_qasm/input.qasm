// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.000135500631) q[0];
rz(pi*-0.001644195954) q[1];
rz(pi*0.005335490612) q[2];
rz(pi*-0.006823542779) q[3];
rz(pi*0.000788397115) q[4];
rz(pi*0.000732772132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002332545175) q[0];
rz(pi*0.001333401743) q[1];
rz(pi*-0.001643469802) q[2];
rz(pi*0.001768203463) q[3];
rz(pi*-0.002004762352) q[4];
rz(pi*-0.002384230498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005591838521) q[0];
rz(pi*-0.001517055125) q[1];
rz(pi*0.0015483191) q[2];
rz(pi*0.000294830107) q[3];
rz(pi*0.000195744247) q[4];
rz(pi*-0.00334737492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003442986303) q[0];
rz(pi*-0.006763623285) q[1];
rz(pi*0.003517509477) q[2];
rz(pi*-0.000414576808) q[3];
rz(pi*0.004478945462) q[4];
rz(pi*-9.5235338e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005789966775) q[0];
rz(pi*-0.001563819094) q[1];
rz(pi*-0.004915275378) q[2];
rz(pi*-0.003080587256) q[3];
rz(pi*0.000644790313) q[4];
rz(pi*-0.003597000547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
