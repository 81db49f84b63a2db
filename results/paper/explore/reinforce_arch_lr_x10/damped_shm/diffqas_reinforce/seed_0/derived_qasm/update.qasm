// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.169363931981) q[0];
rx(pi*0.002055938374) q[1];
rx(pi*0.000755776292) q[2];
rx(pi*-0.000284363061) q[3];
rx(pi*-0.000848934558) q[4];
rx(pi*-0.000775040523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000168522597) q[0];
rx(pi*-0.003059630671) q[1];
rx(pi*0.002988715283) q[2];
rx(pi*0.004251149167) q[3];
rx(pi*0.003677595297) q[4];
rx(pi*-0.001855771291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.167380634773) q[0];
rx(pi*-0.001764529865) q[1];
rx(pi*0.000363097814) q[2];
rx(pi*-0.006244027909) q[3];
rx(pi*-0.003561827444) q[4];
rx(pi*0.001448703133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000404646798) q[0];
rx(pi*0.006717529587) q[1];
rx(pi*0.007414566993) q[2];
rx(pi*-0.00095575676) q[3];
rx(pi*-0.000718897495) q[4];
rx(pi*-0.000705333536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.1632921784) q[0];
rx(pi*2.356855e-06) q[1];
rx(pi*0.004661822295) q[2];
rx(pi*-0.002157045777) q[3];
rx(pi*0.004124646) q[4];
rx(pi*-0.001112740758) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
