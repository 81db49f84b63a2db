// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.505625699224) q[0];
ry(pi*0.169927517451) q[1];
ry(pi*-0.008151160206) q[2];
ry(pi*0.012830119043) q[3];
ry(pi*-0.00103315979) q[4];
ry(pi*0.500608621714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499721038632) q[0];
ry(pi*0.426252260606) q[1];
ry(pi*0.017562010067) q[2];
ry(pi*-0.009189323466) q[3];
ry(pi*0.000449878977) q[4];
ry(pi*0.002219692011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.297394518853) q[0];
ry(pi*0.510406528079) q[1];
ry(pi*0.493677990818) q[2];
ry(pi*0.004604970753) q[3];
ry(pi*-0.110155839519) q[4];
ry(pi*0.481604796659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002999970865) q[0];
ry(pi*0.034932625427) q[1];
ry(pi*0.007990423681) q[2];
ry(pi*-0.479939141194) q[3];
ry(pi*0.005950066528) q[4];
ry(pi*-0.478624215942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000193249108) q[0];
ry(pi*-0.352362401419) q[1];
ry(pi*-0.06603888876) q[2];
ry(pi*-1.000436628697) q[3];
ry(pi*0.118307082138) q[4];
ry(pi*0.002712431759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
