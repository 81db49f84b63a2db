// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000481871254) q[0];
rz(pi*-0.002406109633) q[1];
rz(pi*0.002200401618) q[2];
rz(pi*0.001323353302) q[3];
rz(pi*0.003100809241) q[4];
rz(pi*4.5194655e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003066113718) q[0];
rz(pi*-0.001484795821) q[1];
rz(pi*0.002561454044) q[2];
rz(pi*-0.00346835761) q[3];
rz(pi*-0.002886234579) q[4];
rz(pi*-0.000312279606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00211525667) q[0];
rz(pi*-0.003113597169) q[1];
rz(pi*5.621336e-06) q[2];
rz(pi*0.002050602141) q[3];
rz(pi*0.002255219371) q[4];
rz(pi*-0.003721534402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005996147774) q[0];
rz(pi*-0.001234889605) q[1];
rz(pi*0.001312384386) q[2];
rz(pi*0.004888322811) q[3];
rz(pi*-0.002468449487) q[4];
rz(pi*-0.006241828256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00392582702) q[0];
rz(pi*-0.004675461922) q[1];
rz(pi*0.000473020097) q[2];
rz(pi*-0.002841395454) q[3];
rz(pi*0.006233336765) q[4];
rz(pi*0.001219329506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
