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
rx(pi*-0.001046166053) q[0];
rx(pi*0.000670296282) q[1];
rx(pi*-0.004724330088) q[2];
rx(pi*0.003135079656) q[3];
rx(pi*0.000568862525) q[4];
rx(pi*0.003204924565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003097657986) q[0];
rx(pi*-0.003118564768) q[1];
rx(pi*-0.002536931472) q[2];
rx(pi*-0.000648189992) q[3];
rx(pi*0.002380831559) q[4];
rx(pi*0.002708713101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002208483861) q[0];
rx(pi*-0.001929205904) q[1];
rx(pi*-0.002539307808) q[2];
rx(pi*-0.001860639579) q[3];
rx(pi*-0.000757332502) q[4];
rx(pi*-0.000419580314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006595537191) q[0];
rx(pi*-0.001610580247) q[1];
rx(pi*-0.000916516745) q[2];
rx(pi*0.00145874283) q[3];
rx(pi*-0.003033724866) q[4];
rx(pi*-0.001173376622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.0385457e-05) q[0];
rx(pi*0.002465467208) q[1];
rx(pi*-0.004188762326) q[2];
rx(pi*0.00436456351) q[3];
rx(pi*-0.001121905707) q[4];
rx(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
