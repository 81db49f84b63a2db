// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.005258364614) q[0];
rx(pi*-0.037155534208) q[1];
rx(pi*0.250991636588) q[2];
rx(pi*0.166928912623) q[3];
rx(pi*-0.039066739717) q[4];
rx(pi*-0.013517622643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.023088230747) q[0];
rx(pi*0.116094271602) q[1];
rx(pi*-0.064080910684) q[2];
rx(pi*0.073989432911) q[3];
rx(pi*0.006255378355) q[4];
rx(pi*0.0408612652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.014388268991) q[0];
rx(pi*0.194262343099) q[1];
rx(pi*-0.007760258164) q[2];
rx(pi*0.239072747786) q[3];
rx(pi*0.031021749228) q[4];
rx(pi*0.311741179423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001929042709) q[0];
rx(pi*-0.009816891563) q[1];
rx(pi*0.008703762827) q[2];
rx(pi*0.14278345397) q[3];
rx(pi*0.120435226788) q[4];
rx(pi*-0.051422473663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.061543115952) q[0];
rx(pi*0.004543083725) q[1];
rx(pi*0.109131861353) q[2];
rx(pi*0.045890067868) q[3];
rx(pi*0.0208006747) q[4];
rx(pi*0.003301964241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
