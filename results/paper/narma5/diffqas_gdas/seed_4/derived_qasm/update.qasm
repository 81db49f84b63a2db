// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.015259421674) q[0];
rx(pi*0.044512518319) q[1];
rx(pi*0.003404302649) q[2];
rx(pi*0.000550555195) q[3];
rx(pi*-6.277682e-05) q[4];
rx(pi*0.001007116581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015467755488) q[0];
rx(pi*0.045682491778) q[1];
rx(pi*-0.002435680143) q[2];
rx(pi*-0.004012084246) q[3];
rx(pi*0.006545522064) q[4];
rx(pi*-0.000434351414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008805539168) q[0];
rx(pi*0.048304705751) q[1];
rx(pi*-0.00101659873) q[2];
rx(pi*0.003380296491) q[3];
rx(pi*-0.002640371485) q[4];
rx(pi*-0.000791983557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.017522865731) q[0];
rx(pi*0.035741519038) q[1];
rx(pi*-0.003075567482) q[2];
rx(pi*-0.0002488624) q[3];
rx(pi*0.002540005946) q[4];
rx(pi*0.007722782244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009278637082) q[0];
rx(pi*0.045621138655) q[1];
rx(pi*-0.001890769785) q[2];
rx(pi*-0.000485836114) q[3];
rx(pi*-0.004714770194) q[4];
rx(pi*-0.004707755021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
