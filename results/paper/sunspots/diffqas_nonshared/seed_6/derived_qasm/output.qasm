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
ry(pi*-0.108123934132) q[0];
ry(pi*-0.030009972911) q[1];
ry(pi*-0.076100962177) q[2];
ry(pi*-0.075741504499) q[3];
ry(pi*-0.13120941383) q[4];
ry(pi*-0.761072649234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.066075392326) q[0];
ry(pi*-0.071668050826) q[1];
ry(pi*0.127961820148) q[2];
ry(pi*-0.232998167266) q[3];
ry(pi*0.023693233725) q[4];
ry(pi*-0.066251459425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.243881333771) q[0];
ry(pi*0.156201341622) q[1];
ry(pi*-0.162231772558) q[2];
ry(pi*-0.49784736596) q[3];
ry(pi*-0.27288945074) q[4];
ry(pi*-0.488076249116) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.177702928911) q[0];
ry(pi*0.309296977255) q[1];
ry(pi*0.149397202034) q[2];
ry(pi*-0.027559839389) q[3];
ry(pi*0.067401013465) q[4];
ry(pi*-0.09591680186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088769682427) q[0];
ry(pi*-0.04363355835) q[1];
ry(pi*0.090209685517) q[2];
ry(pi*0.23222870851) q[3];
ry(pi*0.212518793677) q[4];
ry(pi*0.003096269714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
