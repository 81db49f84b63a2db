// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.006842552287) q[0];
rz(pi*0.003152879057) q[1];
rz(pi*-0.000209968119) q[2];
rz(pi*0.001221561472) q[3];
rz(pi*0.002255560435) q[4];
rz(pi*-0.000388843351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002584489628) q[0];
rz(pi*0.005154538031) q[1];
rz(pi*-0.000140534561) q[2];
rz(pi*0.00456450455) q[3];
rz(pi*-0.00106882359) q[4];
rz(pi*0.000745958043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007112704648) q[0];
rz(pi*0.0019699398) q[1];
rz(pi*0.004124160417) q[2];
rz(pi*0.006923329946) q[3];
rz(pi*0.00067218281) q[4];
rz(pi*-0.002070427476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004561170683) q[0];
rz(pi*-0.004231328871) q[1];
rz(pi*0.001329827307) q[2];
rz(pi*-0.002447525511) q[3];
rz(pi*-0.002717577228) q[4];
rz(pi*0.000120520433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00494884558) q[0];
rz(pi*-0.007243492099) q[1];
rz(pi*-0.002909562165) q[2];
rz(pi*0.000986080621) q[3];
rz(pi*-0.006142485763) q[4];
rz(pi*0.000536899189) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
