// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.046303455581) q[0];
ry(pi*-0.001596236998) q[1];
ry(pi*-0.091217356607) q[2];
ry(pi*0.330757488546) q[3];
ry(pi*0.093150138873) q[4];
ry(pi*-0.053092829627) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.229586905176) q[0];
ry(pi*0.026083795192) q[1];
ry(pi*0.005431345084) q[2];
ry(pi*-0.359043199173) q[3];
ry(pi*0.002315044298) q[4];
ry(pi*0.160020271141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023722518162) q[0];
ry(pi*-0.184725653525) q[1];
ry(pi*-0.386451192547) q[2];
ry(pi*0.110031245485) q[3];
ry(pi*-0.18033205845) q[4];
ry(pi*-0.10113353908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089881105987) q[0];
ry(pi*0.245375418679) q[1];
ry(pi*-0.203757463383) q[2];
ry(pi*0.379999509694) q[3];
ry(pi*-0.41004646049) q[4];
ry(pi*0.059539000898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.060277486642) q[0];
ry(pi*-0.123642474922) q[1];
ry(pi*0.13538091392) q[2];
ry(pi*-0.046790448069) q[3];
ry(pi*0.014507253021) q[4];
ry(pi*0.000714850963) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
