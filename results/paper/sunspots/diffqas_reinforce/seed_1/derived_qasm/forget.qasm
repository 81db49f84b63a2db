// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*0.243075561176) q[0];
ry(pi*-0.005082596929) q[1];
ry(pi*0.000440427399) q[2];
ry(pi*-0.001079090292) q[3];
ry(pi*-0.059104064886) q[4];
ry(pi*-0.032710710343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.25816625702) q[0];
ry(pi*-0.501500985929) q[1];
ry(pi*0.504880563531) q[2];
ry(pi*-0.148983017466) q[3];
ry(pi*-0.021678503418) q[4];
ry(pi*0.006028648684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003427597626) q[0];
ry(pi*0.00111254021) q[1];
ry(pi*0.002035816589) q[2];
ry(pi*0.255771934206) q[3];
ry(pi*0.433793700142) q[4];
ry(pi*0.165533504976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010979235013) q[0];
ry(pi*0.002535337761) q[1];
ry(pi*-0.001729577765) q[2];
ry(pi*-0.009721001517) q[3];
ry(pi*-0.000462928225) q[4];
ry(pi*0.041185974291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-9.1521682e-05) q[0];
ry(pi*-0.00033822054) q[1];
ry(pi*-0.001753925433) q[2];
ry(pi*-0.091304545869) q[3];
ry(pi*0.002513318108) q[4];
ry(pi*0.000691413987) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
