// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.010136355282) q[0];
rz(pi*0.000622091199) q[1];
rz(pi*0.002935925095) q[2];
rz(pi*0.00621836371) q[3];
rz(pi*-0.034870985341) q[4];
rz(pi*0.007178917166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*8.4881257e-05) q[0];
rz(pi*0.015570543906) q[1];
rz(pi*-0.013453637052) q[2];
rz(pi*0.004856010739) q[3];
rz(pi*0.005642519473) q[4];
rz(pi*-0.006265215725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.010565920819) q[0];
rz(pi*-0.003364301575) q[1];
rz(pi*-0.019760995399) q[2];
rz(pi*-0.006543286837) q[3];
rz(pi*0.018465032223) q[4];
rz(pi*0.010017936877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006197260086) q[0];
rz(pi*0.017364716021) q[1];
rz(pi*0.002074792839) q[2];
rz(pi*0.008743460337) q[3];
rz(pi*0.01083004044) q[4];
rz(pi*-0.001808777425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.019918920994) q[0];
rz(pi*0.01110284365) q[1];
rz(pi*0.013678100072) q[2];
rz(pi*0.019428956899) q[3];
rz(pi*0.018076245049) q[4];
rz(pi*-0.00036332482) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
