// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.193952575047) q[0];
rx(pi*0.086057992976) q[1];
rx(pi*0.048702104181) q[2];
rx(pi*0.250592089494) q[3];
rx(pi*0.002465409994) q[4];
rx(pi*0.143223792471) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.081076754987) q[0];
rx(pi*0.127717337321) q[1];
rx(pi*0.041189470019) q[2];
rx(pi*0.073711619709) q[3];
rx(pi*0.036155094107) q[4];
rx(pi*-0.085908924097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.123065912092) q[0];
rx(pi*0.278988088704) q[1];
rx(pi*-0.04311532249) q[2];
rx(pi*0.34975744316) q[3];
rx(pi*0.016125628399) q[4];
rx(pi*0.11004336907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006928583025) q[0];
rx(pi*0.075951670368) q[1];
rx(pi*0.063787758016) q[2];
rx(pi*0.178071740153) q[3];
rx(pi*0.127259297247) q[4];
rx(pi*0.087430690244) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.140384264647) q[0];
rx(pi*0.042219818285) q[1];
rx(pi*-0.103543742084) q[2];
rx(pi*0.179980208844) q[3];
rx(pi*-0.009725443512) q[4];
rx(pi*-0.003882542178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
