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
rx(pi*-0.193329358231) q[0];
rx(pi*-0.002419806623) q[1];
rx(pi*-0.000451344733) q[2];
rx(pi*0.001067338231) q[3];
rx(pi*0.001036871482) q[4];
rx(pi*0.004012650167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.194613566604) q[0];
rx(pi*0.00137325237) q[1];
rx(pi*-0.001479901445) q[2];
rx(pi*-0.002406627233) q[3];
rx(pi*0.002942794119) q[4];
rx(pi*0.000990086539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.197093589319) q[0];
rx(pi*0.000286871484) q[1];
rx(pi*-0.004528874027) q[2];
rx(pi*-0.000347444631) q[3];
rx(pi*-0.001267422235) q[4];
rx(pi*0.004251470815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.201705067428) q[0];
rx(pi*-0.001242039144) q[1];
rx(pi*-0.006865783823) q[2];
rx(pi*-0.002674958804) q[3];
rx(pi*-0.001245729566) q[4];
rx(pi*0.007344492335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.201316866037) q[0];
rx(pi*-0.000250572931) q[1];
rx(pi*-0.000916045762) q[2];
rx(pi*0.001509819393) q[3];
rx(pi*-0.002357052926) q[4];
rx(pi*0.002594398442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
