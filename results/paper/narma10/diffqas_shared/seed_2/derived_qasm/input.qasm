// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002121833691) q[0];
rz(pi*-0.001862909343) q[1];
rz(pi*0.001063887192) q[2];
rz(pi*0.001060440452) q[3];
rz(pi*0.001045992779) q[4];
rz(pi*0.001925528155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002856416535) q[0];
rz(pi*0.001139116953) q[1];
rz(pi*-0.001714459005) q[2];
rz(pi*-0.004673358319) q[3];
rz(pi*-0.000662823687) q[4];
rz(pi*0.000889147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005812049274) q[0];
rz(pi*0.004391137511) q[1];
rz(pi*0.003012503848) q[2];
rz(pi*-0.002555566564) q[3];
rz(pi*0.003835119202) q[4];
rz(pi*-0.002469218032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003321438581) q[0];
rz(pi*0.004774840285) q[1];
rz(pi*-0.003229473226) q[2];
rz(pi*0.003134354244) q[3];
rz(pi*-0.003016231103) q[4];
rz(pi*-0.000625338133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003038086523) q[0];
rz(pi*-0.002638945564) q[1];
rz(pi*-0.002075708274) q[2];
rz(pi*0.000745289254) q[3];
rz(pi*-0.000874564887) q[4];
rz(pi*-0.000419860051) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
