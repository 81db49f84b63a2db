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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073866005701) q[0];
rx(pi*-0.004420006325) q[1];
rx(pi*0.000817793683) q[2];
rx(pi*0.00365141083) q[3];
rx(pi*-0.00166959572) q[4];
rx(pi*0.004937934175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082691610921) q[0];
rx(pi*-0.001180518231) q[1];
rx(pi*-0.005282474233) q[2];
rx(pi*-0.004890116625) q[3];
rx(pi*0.00376122954) q[4];
rx(pi*-0.002599710219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.074828654459) q[0];
rx(pi*9.8462113e-05) q[1];
rx(pi*0.001080555566) q[2];
rx(pi*-0.001066351204) q[3];
rx(pi*0.002757110801) q[4];
rx(pi*0.003148242889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075682964086) q[0];
rx(pi*0.002042631215) q[1];
rx(pi*-0.001034588749) q[2];
rx(pi*-0.000725220237) q[3];
rx(pi*-0.00368098045) q[4];
rx(pi*-0.003820482913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083447570566) q[0];
rx(pi*0.002969570298) q[1];
rx(pi*0.003125969476) q[2];
rx(pi*0.007091113661) q[3];
rx(pi*0.002482682012) q[4];
rx(pi*-0.000363320337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
