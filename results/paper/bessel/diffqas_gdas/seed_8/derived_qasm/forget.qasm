// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.044254797257) q[0];
rx(pi*0.001080599219) q[1];
rx(pi*0.000879587107) q[2];
rx(pi*0.002307401838) q[3];
rx(pi*-0.002712320887) q[4];
rx(pi*-0.000372275659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025971640165) q[0];
rx(pi*0.000972336941) q[1];
rx(pi*-0.004726986569) q[2];
rx(pi*0.003939771989) q[3];
rx(pi*0.004808111963) q[4];
rx(pi*0.004843759977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085622027693) q[0];
rx(pi*0.000945460561) q[1];
rx(pi*-0.002543986962) q[2];
rx(pi*-0.001025310631) q[3];
rx(pi*-0.000676097051) q[4];
rx(pi*0.001777590378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056950857237) q[0];
rx(pi*-0.000111131684) q[1];
rx(pi*0.002770495482) q[2];
rx(pi*-0.000444241922) q[3];
rx(pi*0.003774099585) q[4];
rx(pi*-0.00125078106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010063180951) q[0];
rx(pi*-0.002474592062) q[1];
rx(pi*-0.001966943588) q[2];
rx(pi*-0.005195375684) q[3];
rx(pi*0.002178980052) q[4];
rx(pi*0.004808644089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
