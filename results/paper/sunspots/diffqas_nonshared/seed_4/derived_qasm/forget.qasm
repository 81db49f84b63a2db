// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000553390879) q[0];
rx(pi*-0.00317909228) q[1];
rx(pi*0.004657891083) q[2];
rx(pi*-0.007539868355) q[3];
rx(pi*-0.007702413813) q[4];
rx(pi*0.00495725021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000314042701) q[0];
rx(pi*0.005911046107) q[1];
rx(pi*-0.001090396864) q[2];
rx(pi*-0.005629730655) q[3];
rx(pi*-0.001963026754) q[4];
rx(pi*0.000975274233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00061706305) q[0];
rx(pi*0.001335538994) q[1];
rx(pi*0.002718019826) q[2];
rx(pi*-0.012290148715) q[3];
rx(pi*0.005157045398) q[4];
rx(pi*0.004249456739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.180978e-06) q[0];
rx(pi*-0.00651986913) q[1];
rx(pi*-0.00459645525) q[2];
rx(pi*-0.006338812792) q[3];
rx(pi*0.007253043691) q[4];
rx(pi*-0.005139135124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000142016556) q[0];
rx(pi*-0.005617636715) q[1];
rx(pi*0.001145736145) q[2];
rx(pi*-0.006406008335) q[3];
rx(pi*-0.002709322897) q[4];
rx(pi*-0.004828716367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
