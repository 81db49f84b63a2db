// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.058363634435) q[0];
ry(pi*-0.18329539294) q[1];
ry(pi*0.154602555605) q[2];
ry(pi*0.185105298206) q[3];
ry(pi*-0.121761545174) q[4];
ry(pi*-0.004314229699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055579616127) q[0];
ry(pi*0.067360131936) q[1];
ry(pi*-0.053716909704) q[2];
ry(pi*-0.244340701938) q[3];
ry(pi*-0.233778174869) q[4];
ry(pi*-0.152229501242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.366254437008) q[0];
ry(pi*0.165479584427) q[1];
ry(pi*-0.081739643819) q[2];
ry(pi*-0.132108020079) q[3];
ry(pi*-0.074031078092) q[4];
ry(pi*-0.163023789911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.162250403796) q[0];
ry(pi*0.132752695073) q[1];
ry(pi*0.290868367965) q[2];
ry(pi*-0.087434057907) q[3];
ry(pi*-0.115091931855) q[4];
ry(pi*-0.002835856598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00911492895) q[0];
ry(pi*-0.153989081295) q[1];
ry(pi*-0.218471417375) q[2];
ry(pi*-0.206224584629) q[3];
ry(pi*-0.043758479664) q[4];
ry(pi*-9.80713e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
