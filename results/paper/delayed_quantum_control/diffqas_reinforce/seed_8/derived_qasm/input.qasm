// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005818749619) q[0];
ry(pi*9.9885486e-05) q[1];
ry(pi*0.00417282759) q[2];
ry(pi*0.000120899064) q[3];
ry(pi*2.00833e-07) q[4];
ry(pi*-5.5261843e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000198431873) q[0];
ry(pi*0.008293713132) q[1];
ry(pi*9.67592e-07) q[2];
ry(pi*-2.541016e-06) q[3];
ry(pi*0.001492332004) q[4];
ry(pi*0.000748633867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000205617023) q[0];
ry(pi*-2.9467e-08) q[1];
ry(pi*7.4466e-08) q[2];
ry(pi*1.30792e-07) q[3];
ry(pi*-3.824671e-06) q[4];
ry(pi*1.110268e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000128969568) q[0];
ry(pi*3.3062906e-05) q[1];
ry(pi*-3.2170399e-05) q[2];
ry(pi*0.000924397106) q[3];
ry(pi*1.111736e-05) q[4];
ry(pi*6.6042e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.232981e-06) q[0];
ry(pi*-6.44735e-07) q[1];
ry(pi*0.016089082144) q[2];
ry(pi*0.174816244322) q[3];
ry(pi*-0.341945755807) q[4];
ry(pi*-0.001007908323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
