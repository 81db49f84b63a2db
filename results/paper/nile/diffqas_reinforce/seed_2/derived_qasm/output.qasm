// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005925120922) q[0];
ry(pi*0.215534056577) q[1];
ry(pi*0.0788083543) q[2];
ry(pi*-0.12054648298) q[3];
ry(pi*-0.558301749759) q[4];
ry(pi*0.037299302575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.338842193739) q[0];
ry(pi*-0.022412634918) q[1];
ry(pi*-0.003733520139) q[2];
ry(pi*0.083360713327) q[3];
ry(pi*0.06726152108) q[4];
ry(pi*0.05971279601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019591951775) q[0];
ry(pi*-0.039036710601) q[1];
ry(pi*0.090159417222) q[2];
ry(pi*0.002366781499) q[3];
ry(pi*-0.115629714388) q[4];
ry(pi*-0.193326664101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.301638267166) q[0];
ry(pi*0.46543364078) q[1];
ry(pi*-0.043343626306) q[2];
ry(pi*-0.392720585241) q[3];
ry(pi*0.112315858385) q[4];
ry(pi*0.132298895407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000554861638) q[0];
ry(pi*-0.001401724535) q[1];
ry(pi*0.049666318191) q[2];
ry(pi*-0.017031696867) q[3];
ry(pi*0.027511520543) q[4];
ry(pi*2.749659e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
