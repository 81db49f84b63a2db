// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002646416084) q[0];
rz(pi*-0.003888398235) q[1];
rz(pi*-0.007010127895) q[2];
rz(pi*-0.007775314225) q[3];
rz(pi*0.00091890079) q[4];
rz(pi*-0.000368438346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004222280353) q[0];
rz(pi*0.001431604537) q[1];
rz(pi*0.004892111728) q[2];
rz(pi*0.00271916412) q[3];
rz(pi*-0.003085114925) q[4];
rz(pi*-0.000665000439) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002767724868) q[0];
rz(pi*-0.001084301276) q[1];
rz(pi*-0.001725109683) q[2];
rz(pi*-0.000824351213) q[3];
rz(pi*0.004238939018) q[4];
rz(pi*-0.001846910128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003894851045) q[0];
rz(pi*-0.002101916308) q[1];
rz(pi*-0.001610872694) q[2];
rz(pi*-0.001944567752) q[3];
rz(pi*-0.000626982017) q[4];
rz(pi*-0.001456946347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00346235481) q[0];
rz(pi*0.002826401944) q[1];
rz(pi*-0.002505296786) q[2];
rz(pi*0.00306259872) q[3];
rz(pi*0.004390623172) q[4];
rz(pi*-4.9654363e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
