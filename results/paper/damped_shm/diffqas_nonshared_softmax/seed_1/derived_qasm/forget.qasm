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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.000554180286) q[0];
ry(pi*0.333621045355) q[1];
ry(pi*0.002812051136) q[2];
ry(pi*-0.08709141957) q[3];
ry(pi*0.005316701663) q[4];
ry(pi*-0.000559264872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004006559026) q[0];
ry(pi*0.000767009418) q[1];
ry(pi*-0.147989955392) q[2];
ry(pi*0.093387355138) q[3];
ry(pi*0.002535835499) q[4];
ry(pi*-0.396066619024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470055022664) q[0];
ry(pi*-0.53200438309) q[1];
ry(pi*-0.001590312461) q[2];
ry(pi*0.002702667316) q[3];
ry(pi*-0.025162620859) q[4];
ry(pi*-0.027522254375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001187342565) q[0];
ry(pi*0.928839398396) q[1];
ry(pi*-0.522675938394) q[2];
ry(pi*-0.051877146076) q[3];
ry(pi*-0.504945943619) q[4];
ry(pi*-0.009665524017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029506137366) q[0];
ry(pi*0.040724329394) q[1];
ry(pi*0.053550015928) q[2];
ry(pi*-0.001169594301) q[3];
ry(pi*-0.002169546002) q[4];
ry(pi*0.002989578543) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
