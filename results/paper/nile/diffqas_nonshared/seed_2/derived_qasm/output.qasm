// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.053548189801) q[0];
rx(pi*0.091274853519) q[1];
rx(pi*-0.001463309036) q[2];
rx(pi*0.001010202469) q[3];
rx(pi*0.00095918349) q[4];
rx(pi*0.003338855563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.163542637642) q[0];
rx(pi*0.102860732653) q[1];
rx(pi*0.004331127006) q[2];
rx(pi*0.005770292035) q[3];
rx(pi*-0.000253282291) q[4];
rx(pi*0.00497489872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044826730737) q[0];
rx(pi*0.098335409791) q[1];
rx(pi*0.002451955944) q[2];
rx(pi*0.012816420719) q[3];
rx(pi*-0.004804959522) q[4];
rx(pi*0.002988272684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.320433847343) q[0];
rx(pi*0.095107794412) q[1];
rx(pi*0.000375098077) q[2];
rx(pi*0.006146847123) q[3];
rx(pi*-0.000763532292) q[4];
rx(pi*0.002613582855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037815951839) q[0];
rx(pi*0.100211643783) q[1];
rx(pi*-0.005122965007) q[2];
rx(pi*0.010890221996) q[3];
rx(pi*0.003105947298) q[4];
rx(pi*0.003632976434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
