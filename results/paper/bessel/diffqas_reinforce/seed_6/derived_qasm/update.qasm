// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.067792985689) q[0];
ry(pi*0.012374551354) q[1];
ry(pi*0.049697874614) q[2];
ry(pi*-0.047968171895) q[3];
ry(pi*-0.075043667866) q[4];
ry(pi*-0.045703228991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104017899508) q[0];
ry(pi*-0.186635184689) q[1];
ry(pi*-0.463450267682) q[2];
ry(pi*-0.028183774798) q[3];
ry(pi*0.008061774256) q[4];
ry(pi*-0.005953859298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032557360738) q[0];
ry(pi*-0.107270492509) q[1];
ry(pi*-0.122099260083) q[2];
ry(pi*0.028760176359) q[3];
ry(pi*0.08139619914) q[4];
ry(pi*0.071847727489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02457718827) q[0];
ry(pi*0.255964545541) q[1];
ry(pi*0.134433291578) q[2];
ry(pi*0.467996669266) q[3];
ry(pi*0.583050560762) q[4];
ry(pi*-0.113484143269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063354994385) q[0];
ry(pi*0.036215176056) q[1];
ry(pi*0.039656334453) q[2];
ry(pi*-0.031810662165) q[3];
ry(pi*0.005708743849) q[4];
ry(pi*0.000608790747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
