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
ry(pi*-0.000180796742) q[0];
ry(pi*-0.002690397581) q[1];
ry(pi*-0.001534506051) q[2];
ry(pi*0.000508895599) q[3];
ry(pi*-0.003978685984) q[4];
ry(pi*0.000205989586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000446927566) q[0];
ry(pi*-0.000486848673) q[1];
ry(pi*-0.001952348061) q[2];
ry(pi*-0.001983240734) q[3];
ry(pi*0.002998040092) q[4];
ry(pi*-0.004913715759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000282183381) q[0];
ry(pi*-0.000685952282) q[1];
ry(pi*0.000453033975) q[2];
ry(pi*-0.000226733562) q[3];
ry(pi*-0.003525309055) q[4];
ry(pi*0.006464105853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.9441276e-05) q[0];
ry(pi*-0.002143762779) q[1];
ry(pi*-0.002803102817) q[2];
ry(pi*0.000303406845) q[3];
ry(pi*0.001951144181) q[4];
ry(pi*-0.004272212178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000687788488) q[0];
ry(pi*-0.002206046604) q[1];
ry(pi*-0.002478673426) q[2];
ry(pi*0.002715698333) q[3];
ry(pi*0.005414442144) q[4];
ry(pi*-0.000269633538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
