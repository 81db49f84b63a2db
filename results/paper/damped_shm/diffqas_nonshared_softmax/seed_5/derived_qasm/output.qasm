// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.32792e-07) q[1];
ry(pi*0.001983854828) q[2];
ry(pi*0.000369708668) q[3];
ry(pi*-0.001982043079) q[4];
ry(pi*0.002948801068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*4.0e-12) q[2];
ry(pi*4.874e-09) q[3];
ry(pi*-0.000715993923) q[4];
ry(pi*-0.000675718115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-3.0e-12) q[1];
ry(pi*-4.852232e-06) q[2];
ry(pi*9.636549e-06) q[3];
ry(pi*-0.00240022067) q[4];
ry(pi*0.004140609492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*2.132e-09) q[1];
ry(pi*-9.533e-09) q[2];
ry(pi*1.9501e-08) q[3];
ry(pi*0.000663216779) q[4];
ry(pi*0.004152882785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*3.29193e-07) q[1];
ry(pi*-0.001983875432) q[2];
ry(pi*-0.000369902917) q[3];
ry(pi*0.004374487146) q[4];
ry(pi*0.002661611476) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
