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
rz(pi*-0.00025825467) q[0];
rz(pi*0.001843009895) q[1];
rz(pi*0.001161281199) q[2];
rz(pi*0.001079110747) q[3];
rz(pi*0.001044110919) q[4];
rz(pi*-0.003725974617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001924459011) q[0];
rz(pi*0.003317047279) q[1];
rz(pi*0.002109326649) q[2];
rz(pi*-0.000203271851) q[3];
rz(pi*-0.000251381477) q[4];
rz(pi*0.000613449779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000201255237) q[0];
rz(pi*-0.005249789525) q[1];
rz(pi*-0.000395428266) q[2];
rz(pi*0.004032007706) q[3];
rz(pi*-0.001022779251) q[4];
rz(pi*-0.001662984755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001979210804) q[0];
rz(pi*0.000316830731) q[1];
rz(pi*-0.002184804093) q[2];
rz(pi*0.000604384067) q[3];
rz(pi*0.005506561949) q[4];
rz(pi*0.005910235615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000556954236) q[0];
rz(pi*-0.000451477839) q[1];
rz(pi*0.003886229413) q[2];
rz(pi*0.001560830442) q[3];
rz(pi*0.001827279708) q[4];
rz(pi*-0.000119377909) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
