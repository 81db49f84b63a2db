// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009433524666) q[0];
rx(pi*0.176809236604) q[1];
rx(pi*-0.0007978325) q[2];
rx(pi*-0.006271915476) q[3];
rx(pi*0.004649153836) q[4];
rx(pi*0.004096143894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004505432011) q[0];
rx(pi*0.241970057114) q[1];
rx(pi*-0.001043610068) q[2];
rx(pi*0.000132731008) q[3];
rx(pi*0.000533149922) q[4];
rx(pi*-0.00073432056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002545565258) q[0];
rx(pi*0.173681389419) q[1];
rx(pi*-0.001520449764) q[2];
rx(pi*0.000906313409) q[3];
rx(pi*-0.001660589594) q[4];
rx(pi*0.00042845704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005092881344) q[0];
rx(pi*0.239518948866) q[1];
rx(pi*0.005179821589) q[2];
rx(pi*-0.002113742407) q[3];
rx(pi*-0.004655575814) q[4];
rx(pi*0.005072118636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003044370652) q[0];
rx(pi*0.170389105429) q[1];
rx(pi*-0.000654518811) q[2];
rx(pi*-0.002941584606) q[3];
rx(pi*0.002984902353) q[4];
rx(pi*0.002270591891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
