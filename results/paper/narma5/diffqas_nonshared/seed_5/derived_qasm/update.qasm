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
rz(pi*0.007255202434) q[0];
rz(pi*0.00090992957) q[1];
rz(pi*0.005757854806) q[2];
rz(pi*0.002924391739) q[3];
rz(pi*0.003406440937) q[4];
rz(pi*0.002537630795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864057556) q[0];
rz(pi*0.003961593317) q[1];
rz(pi*-0.003295174369) q[2];
rz(pi*0.001346794873) q[3];
rz(pi*-0.000388717768) q[4];
rz(pi*0.00515398545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797130722) q[0];
rz(pi*0.005843586724) q[1];
rz(pi*0.001528317229) q[2];
rz(pi*-1.445137e-05) q[3];
rz(pi*0.002438208261) q[4];
rz(pi*0.007664551324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640440387) q[0];
rz(pi*0.000114162117) q[1];
rz(pi*-0.003970417127) q[2];
rz(pi*-0.0024199212) q[3];
rz(pi*-0.000293082187) q[4];
rz(pi*0.002144943239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974298493) q[0];
rz(pi*-0.000335207912) q[1];
rz(pi*0.000409086717) q[2];
rz(pi*0.004900186411) q[3];
rz(pi*0.005899794082) q[4];
rz(pi*0.003826133235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
