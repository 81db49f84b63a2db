// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.021099485989) q[0];
ry(pi*0.522514935657) q[1];
ry(pi*0.040310676062) q[2];
ry(pi*-0.020965111504) q[3];
ry(pi*-0.236785526133) q[4];
ry(pi*0.095051255624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003340787819) q[0];
ry(pi*-0.115136954185) q[1];
ry(pi*-0.075093670542) q[2];
ry(pi*-0.468903984006) q[3];
ry(pi*-0.102237041518) q[4];
ry(pi*-0.270602229087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007845700154) q[0];
ry(pi*0.444287754565) q[1];
ry(pi*-0.07420436094) q[2];
ry(pi*0.012261899479) q[3];
ry(pi*-0.046285839384) q[4];
ry(pi*0.161273022699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085469486802) q[0];
ry(pi*0.02364571885) q[1];
ry(pi*0.40811507272) q[2];
ry(pi*-0.443147378592) q[3];
ry(pi*0.002418931653) q[4];
ry(pi*0.420581723721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015201837013) q[0];
ry(pi*-0.556364025092) q[1];
ry(pi*0.065950826751) q[2];
ry(pi*-0.856441669923) q[3];
ry(pi*0.392136642013) q[4];
ry(pi*-0.001360812176) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
