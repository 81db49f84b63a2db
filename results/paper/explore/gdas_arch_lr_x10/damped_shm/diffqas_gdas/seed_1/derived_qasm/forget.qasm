// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.7716e-07) q[0];
ry(pi*-0.020124950804) q[1];
ry(pi*-0.002080411292) q[2];
ry(pi*0.499941805524) q[3];
ry(pi*0.005562685115) q[4];
ry(pi*0.463963859962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500065887294) q[0];
ry(pi*0.031009729993) q[1];
ry(pi*0.004928095026) q[2];
ry(pi*-0.004930877795) q[3];
ry(pi*1.5773282e-05) q[4];
ry(pi*0.039369651492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.812388e-06) q[0];
ry(pi*2.6152733e-05) q[1];
ry(pi*0.004278254702) q[2];
ry(pi*-2.65206e-07) q[3];
ry(pi*-0.066967770771) q[4];
ry(pi*1.45492e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.3097457e-05) q[0];
ry(pi*4.737315e-06) q[1];
ry(pi*9.8069e-08) q[2];
ry(pi*6.99973e-07) q[3];
ry(pi*-5.6731897e-05) q[4];
ry(pi*3.90237e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.766401e-05) q[0];
ry(pi*0.084656087162) q[1];
ry(pi*-0.007708312559) q[2];
ry(pi*0.011908024532) q[3];
ry(pi*0.009175657751) q[4];
ry(pi*0.000826555906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
