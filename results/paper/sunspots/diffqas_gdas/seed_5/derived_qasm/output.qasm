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
ry(pi*-2.6721818e-05) q[0];
ry(pi*0.437458324305) q[1];
ry(pi*0.218620334472) q[2];
ry(pi*0.055986904101) q[3];
ry(pi*0.004985773661) q[4];
ry(pi*0.499799927317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073720802519) q[0];
ry(pi*-4.5874561e-05) q[1];
ry(pi*-0.499931408458) q[2];
ry(pi*0.000209052629) q[3];
ry(pi*0.002146501673) q[4];
ry(pi*-0.036810180396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088326279827) q[0];
ry(pi*-0.119123451012) q[1];
ry(pi*-0.07913986512) q[2];
ry(pi*-6.8011242e-05) q[3];
ry(pi*0.499669129194) q[4];
ry(pi*0.000223048624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000149326484) q[0];
ry(pi*-0.500494823174) q[1];
ry(pi*0.499617371538) q[2];
ry(pi*-0.001201138791) q[3];
ry(pi*0.00124185038) q[4];
ry(pi*-0.506115765297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000325482489) q[0];
ry(pi*-2.3103216e-05) q[1];
ry(pi*-0.273201078121) q[2];
ry(pi*0.108617225572) q[3];
ry(pi*-0.024834937791) q[4];
ry(pi*0.001340036869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
