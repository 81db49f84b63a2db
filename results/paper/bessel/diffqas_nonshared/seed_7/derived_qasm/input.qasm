// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.046501668619) q[0];
ry(pi*-0.016203492556) q[1];
ry(pi*-0.000549366952) q[2];
ry(pi*0.01213077882) q[3];
ry(pi*0.001419957197) q[4];
ry(pi*-0.000372427811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044688134815) q[0];
ry(pi*0.01441280194) q[1];
ry(pi*-0.006328918504) q[2];
ry(pi*-0.000283667332) q[3];
ry(pi*0.010175737963) q[4];
ry(pi*-0.001054627306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00463074701) q[0];
ry(pi*7.0246765e-05) q[1];
ry(pi*-1.9874238e-05) q[2];
ry(pi*-1.0639837e-05) q[3];
ry(pi*0.00042852741) q[4];
ry(pi*-0.001829029351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030924025348) q[0];
ry(pi*0.001036738821) q[1];
ry(pi*0.008426745296) q[2];
ry(pi*-0.002292054664) q[3];
ry(pi*0.000875185059) q[4];
ry(pi*-0.000419316697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000364798136) q[0];
ry(pi*0.00124072039) q[1];
ry(pi*0.058042999742) q[2];
ry(pi*0.017421883281) q[3];
ry(pi*0.007613617797) q[4];
ry(pi*-0.002150666784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
