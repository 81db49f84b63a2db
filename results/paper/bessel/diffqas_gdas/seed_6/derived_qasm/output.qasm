// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.002563052202) q[0];
rz(pi*-0.000563030406) q[1];
rz(pi*-0.00291190441) q[2];
rz(pi*0.00253412054) q[3];
rz(pi*0.00107224365) q[4];
rz(pi*0.001480882544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000459605549) q[0];
rz(pi*0.002274228433) q[1];
rz(pi*-0.000177473472) q[2];
rz(pi*0.003047949387) q[3];
rz(pi*-0.000808335842) q[4];
rz(pi*-0.001932599358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005387111901) q[0];
rz(pi*0.005787448143) q[1];
rz(pi*0.002979681883) q[2];
rz(pi*-0.002985299299) q[3];
rz(pi*-0.00106187949) q[4];
rz(pi*-0.007982520346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004938982419) q[0];
rz(pi*0.007110909945) q[1];
rz(pi*-0.006080415826) q[2];
rz(pi*0.001253397817) q[3];
rz(pi*0.002518542729) q[4];
rz(pi*-0.002290147606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002520753943) q[0];
rz(pi*-0.002001303976) q[1];
rz(pi*0.003204527027) q[2];
rz(pi*0.000879042456) q[3];
rz(pi*0.000232577205) q[4];
rz(pi*6.7291639e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
