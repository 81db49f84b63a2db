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
ry(pi*0.047861943481) q[0];
ry(pi*0.818518562377) q[1];
ry(pi*-0.441289225628) q[2];
ry(pi*0.492135582321) q[3];
ry(pi*0.308262564078) q[4];
ry(pi*0.0943105975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041016756354) q[0];
ry(pi*-0.499529983062) q[1];
ry(pi*0.010234236873) q[2];
ry(pi*0.01925746579) q[3];
ry(pi*-0.337954193256) q[4];
ry(pi*-0.324226537552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.265257283525) q[0];
ry(pi*0.518626471017) q[1];
ry(pi*0.482789151461) q[2];
ry(pi*0.084965257572) q[3];
ry(pi*0.499393606952) q[4];
ry(pi*-0.139444421131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008512117324) q[0];
ry(pi*0.13089451365) q[1];
ry(pi*0.000300215718) q[2];
ry(pi*-0.534335185144) q[3];
ry(pi*0.030309144683) q[4];
ry(pi*-0.175823488524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00180144179) q[0];
ry(pi*-0.001268723647) q[1];
ry(pi*0.008176263523) q[2];
ry(pi*0.376559029573) q[3];
ry(pi*0.487996260011) q[4];
ry(pi*-0.003043208572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
