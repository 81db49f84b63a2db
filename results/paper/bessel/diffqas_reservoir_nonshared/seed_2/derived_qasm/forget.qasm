// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.523224250803) q[0];
rz(pi*0.596982287339) q[1];
rz(pi*1.628451425185) q[2];
rz(pi*0.183831885326) q[3];
rz(pi*1.200201068628) q[4];
rz(pi*1.457120986878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.375802130776) q[0];
rz(pi*0.11029325913) q[1];
rz(pi*0.549938752303) q[2];
rz(pi*1.314866056741) q[3];
rz(pi*1.124531300088) q[4];
rz(pi*0.300124526491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.86526156909) q[0];
rz(pi*1.338594589263) q[1];
rz(pi*0.845569374803) q[2];
rz(pi*1.266368829776) q[3];
rz(pi*1.934871925189) q[4];
rz(pi*1.366129662101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.783249666341) q[0];
rz(pi*0.374505153744) q[1];
rz(pi*0.691921309674) q[2];
rz(pi*1.022131965686) q[3];
rz(pi*1.782418763711) q[4];
rz(pi*1.551127916065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.636293213434) q[0];
rz(pi*1.848433756295) q[1];
rz(pi*0.941819793458) q[2];
rz(pi*1.387517716468) q[3];
rz(pi*0.214414607545) q[4];
rz(pi*0.20908711691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
