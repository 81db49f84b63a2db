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
rz(pi*0.00064663356) q[0];
rz(pi*-0.0014748292) q[1];
rz(pi*0.000404989715) q[2];
rz(pi*-0.003779000483) q[3];
rz(pi*-0.001843971428) q[4];
rz(pi*-0.000624502887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002860862976) q[0];
rz(pi*0.00364539054) q[1];
rz(pi*-0.004212922045) q[2];
rz(pi*-0.002529421524) q[3];
rz(pi*0.002059252083) q[4];
rz(pi*-0.006342083219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001474300334) q[0];
rz(pi*-0.000309733108) q[1];
rz(pi*0.004001281637) q[2];
rz(pi*0.002194516213) q[3];
rz(pi*-0.001041557899) q[4];
rz(pi*-0.00117318519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000796364039) q[0];
rz(pi*0.004849587278) q[1];
rz(pi*-0.001362449465) q[2];
rz(pi*-0.000966654084) q[3];
rz(pi*0.001122343858) q[4];
rz(pi*-0.000384405989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000627946589) q[0];
rz(pi*-0.003546199236) q[1];
rz(pi*-3.6671477e-05) q[2];
rz(pi*-0.001411969967) q[3];
rz(pi*0.003711896839) q[4];
rz(pi*0.002078842779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
