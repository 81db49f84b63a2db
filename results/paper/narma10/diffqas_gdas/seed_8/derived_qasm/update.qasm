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
rx(pi*-0.002009002613) q[0];
rx(pi*-0.001913252046) q[1];
rx(pi*0.003341326763) q[2];
rx(pi*-0.001051315968) q[3];
rx(pi*0.005611027084) q[4];
rx(pi*-0.001097220457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000275006532) q[0];
rx(pi*-0.000793475586) q[1];
rx(pi*0.001849824224) q[2];
rx(pi*0.000594917333) q[3];
rx(pi*0.004365405722) q[4];
rx(pi*-0.001761189772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001251741407) q[0];
rx(pi*0.006625347528) q[1];
rx(pi*-0.000907393151) q[2];
rx(pi*0.001695404438) q[3];
rx(pi*0.00500349065) q[4];
rx(pi*0.001761834994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000601782836) q[0];
rx(pi*-0.00602306536) q[1];
rx(pi*0.007475696593) q[2];
rx(pi*0.001369653625) q[3];
rx(pi*0.004012409747) q[4];
rx(pi*-0.001516022296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003605617435) q[0];
rx(pi*0.002110458343) q[1];
rx(pi*1.6401558e-05) q[2];
rx(pi*-0.002870591845) q[3];
rx(pi*0.001171925725) q[4];
rx(pi*-0.001548677952) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
