// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08881320591) q[0];
rx(pi*-0.082488868139) q[1];
rx(pi*0.0023234722) q[2];
rx(pi*-0.049503171534) q[3];
rx(pi*-0.042920140348) q[4];
rx(pi*0.002593909005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.210229674749) q[0];
rx(pi*-0.13431009204) q[1];
rx(pi*-0.091435040427) q[2];
rx(pi*-0.061808758136) q[3];
rx(pi*-0.042535282904) q[4];
rx(pi*0.002607416415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002754757588) q[0];
rx(pi*-0.163446350947) q[1];
rx(pi*-0.012401665782) q[2];
rx(pi*-0.055379206993) q[3];
rx(pi*-0.04114959879) q[4];
rx(pi*0.001559382584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.155838459363) q[0];
rx(pi*-0.081155074489) q[1];
rx(pi*-0.073869985234) q[2];
rx(pi*-0.060057962465) q[3];
rx(pi*-0.044692588667) q[4];
rx(pi*-7.3421773e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.051177227184) q[0];
rx(pi*-0.091380285077) q[1];
rx(pi*0.002887289049) q[2];
rx(pi*-0.050915806436) q[3];
rx(pi*-0.04147799808) q[4];
rx(pi*0.000638416655) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
