// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.098971964449) q[0];
ry(pi*0.08033942658) q[1];
ry(pi*-0.01855745322) q[2];
ry(pi*-0.004257930146) q[3];
ry(pi*-0.010092190282) q[4];
ry(pi*0.158027506533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000605119335) q[0];
ry(pi*0.021247876592) q[1];
ry(pi*-0.012358622547) q[2];
ry(pi*-0.192085372083) q[3];
ry(pi*0.016882510595) q[4];
ry(pi*-0.018544842272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012927788376) q[0];
ry(pi*0.01775361466) q[1];
ry(pi*-0.135397571993) q[2];
ry(pi*0.453124880986) q[3];
ry(pi*0.001050239191) q[4];
ry(pi*-0.460583827015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.254341142384) q[0];
ry(pi*0.225494445552) q[1];
ry(pi*-0.00764434179) q[2];
ry(pi*-0.168416679606) q[3];
ry(pi*-0.003452592146) q[4];
ry(pi*0.002626010301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.16080583776) q[0];
ry(pi*-0.045832613644) q[1];
ry(pi*-0.338368671902) q[2];
ry(pi*-0.125350771638) q[3];
ry(pi*-0.461087781139) q[4];
ry(pi*-0.002428753163) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
