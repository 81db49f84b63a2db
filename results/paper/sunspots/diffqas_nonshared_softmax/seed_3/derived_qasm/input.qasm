// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.079896820835) q[0];
ry(pi*0.01340438617) q[1];
ry(pi*0.001394315529) q[2];
ry(pi*-0.004667666198) q[3];
ry(pi*0.086009631442) q[4];
ry(pi*0.641060837257) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053454796451) q[0];
ry(pi*-0.015530950153) q[1];
ry(pi*-0.011448460709) q[2];
ry(pi*-0.009004761319) q[3];
ry(pi*-0.062730255005) q[4];
ry(pi*-0.000755333841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004759101502) q[0];
ry(pi*-0.000328473699) q[1];
ry(pi*0.004093142346) q[2];
ry(pi*-0.004040677066) q[3];
ry(pi*-0.009084465239) q[4];
ry(pi*0.004409453327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109640587123) q[0];
ry(pi*-0.312894305082) q[1];
ry(pi*0.019512396672) q[2];
ry(pi*-0.004824576454) q[3];
ry(pi*0.002839618834) q[4];
ry(pi*0.000536685301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031575362148) q[0];
ry(pi*0.004238305506) q[1];
ry(pi*-0.16635688428) q[2];
ry(pi*0.004982082276) q[3];
ry(pi*-0.017494263128) q[4];
ry(pi*0.004156286022) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
