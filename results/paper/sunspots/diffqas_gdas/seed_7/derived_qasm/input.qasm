// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.006729771753) q[0];
rz(pi*0.000443863134) q[1];
rz(pi*-0.002396497565) q[2];
rz(pi*0.000323070097) q[3];
rz(pi*-0.003309659172) q[4];
rz(pi*-0.002423490893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001230944533) q[0];
rz(pi*-0.001763533648) q[1];
rz(pi*-0.001435601562) q[2];
rz(pi*0.005312416193) q[3];
rz(pi*0.002736198683) q[4];
rz(pi*0.002555728425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001683322355) q[0];
rz(pi*0.001541836053) q[1];
rz(pi*0.004636681033) q[2];
rz(pi*-6.194138e-05) q[3];
rz(pi*0.005906122679) q[4];
rz(pi*-0.00302853908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000811744637) q[0];
rz(pi*-0.004388379051) q[1];
rz(pi*-0.001094246034) q[2];
rz(pi*0.001650164217) q[3];
rz(pi*0.004619248932) q[4];
rz(pi*-0.002111964157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.6240931e-05) q[0];
rz(pi*-0.001144094039) q[1];
rz(pi*-0.002351952073) q[2];
rz(pi*-0.003786673181) q[3];
rz(pi*0.000193371782) q[4];
rz(pi*-0.0055129445) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
