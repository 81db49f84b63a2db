// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.143873741889) q[0];
ry(pi*-0.052867936162) q[1];
ry(pi*-0.256725864987) q[2];
ry(pi*-0.451939539601) q[3];
ry(pi*0.003761135566) q[4];
ry(pi*-0.007622310873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.319928147726) q[0];
ry(pi*0.082567586069) q[1];
ry(pi*0.251886448287) q[2];
ry(pi*0.003330033828) q[3];
ry(pi*0.000411021011) q[4];
ry(pi*-0.0038187976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011409746817) q[0];
ry(pi*-0.196159541977) q[1];
ry(pi*0.214837756736) q[2];
ry(pi*-0.013551120215) q[3];
ry(pi*0.000632405333) q[4];
ry(pi*0.500317845383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.100925000124) q[0];
ry(pi*0.258815751091) q[1];
ry(pi*-0.08386406981) q[2];
ry(pi*0.496331595202) q[3];
ry(pi*0.002846595173) q[4];
ry(pi*-0.000166664342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.338069130161) q[0];
ry(pi*0.210685286312) q[1];
ry(pi*0.185039633526) q[2];
ry(pi*0.500403867821) q[3];
ry(pi*0.481753656838) q[4];
ry(pi*-0.002047195495) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
