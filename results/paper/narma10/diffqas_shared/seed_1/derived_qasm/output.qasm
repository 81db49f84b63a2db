// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.101446731713) q[0];
rx(pi*-0.005000025752) q[1];
rx(pi*0.001920061929) q[2];
rx(pi*0.00336424021) q[3];
rx(pi*-0.001446933183) q[4];
rx(pi*-0.000745200022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10520515714) q[0];
rx(pi*-0.008050385864) q[1];
rx(pi*0.004066864201) q[2];
rx(pi*0.002247494498) q[3];
rx(pi*0.002719797336) q[4];
rx(pi*0.008481405782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09601733845) q[0];
rx(pi*-0.012543616323) q[1];
rx(pi*0.000783234304) q[2];
rx(pi*-0.001607350878) q[3];
rx(pi*0.005687526981) q[4];
rx(pi*0.007170534769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098605325586) q[0];
rx(pi*-0.008286489851) q[1];
rx(pi*0.002853240674) q[2];
rx(pi*-0.000583828169) q[3];
rx(pi*-0.00154435261) q[4];
rx(pi*-0.001782295768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095406197788) q[0];
rx(pi*-0.006079450588) q[1];
rx(pi*0.002532902431) q[2];
rx(pi*0.004746260212) q[3];
rx(pi*-0.002998340691) q[4];
rx(pi*0.001336279524) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
