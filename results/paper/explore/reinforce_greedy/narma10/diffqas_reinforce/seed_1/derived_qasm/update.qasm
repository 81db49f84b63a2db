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
rx(pi*0.089975296192) q[0];
rx(pi*-0.023858894272) q[1];
rx(pi*0.00393076112) q[2];
rx(pi*-0.000201283807) q[3];
rx(pi*-0.001150295681) q[4];
rx(pi*0.006157677598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119006559914) q[0];
rx(pi*-0.030221528534) q[1];
rx(pi*0.000676214) q[2];
rx(pi*0.007520395794) q[3];
rx(pi*0.002260169924) q[4];
rx(pi*0.003323537441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084118333088) q[0];
rx(pi*-0.027673154124) q[1];
rx(pi*0.004176584786) q[2];
rx(pi*-0.000931436143) q[3];
rx(pi*0.004557645309) q[4];
rx(pi*0.001895785261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.121401689069) q[0];
rx(pi*-0.020480554642) q[1];
rx(pi*-0.001197008068) q[2];
rx(pi*-0.001079671333) q[3];
rx(pi*0.000755548174) q[4];
rx(pi*0.001118085292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085710194052) q[0];
rx(pi*-0.021889418711) q[1];
rx(pi*0.001156203543) q[2];
rx(pi*-9.9393269e-05) q[3];
rx(pi*0.002407557936) q[4];
rx(pi*-0.00082939952) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
