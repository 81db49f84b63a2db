// DiffQAS-QLSTM derived circuit, output gate
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
ry(0) q[0];
ry(pi*2.959832e-06) q[1];
ry(pi*0.000957963676) q[2];
ry(pi*-0.001181719147) q[3];
ry(pi*0.004230792595) q[4];
ry(pi*-0.007206689118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.44e-10) q[1];
ry(pi*1.456e-09) q[2];
ry(pi*-1.33695e-07) q[3];
ry(pi*-0.000684672066) q[4];
ry(pi*0.002697825412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*-1.982215e-06) q[2];
ry(pi*8.025376e-06) q[3];
ry(pi*-0.001872888415) q[4];
ry(pi*-0.004844873736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-6.756e-09) q[1];
ry(pi*2.1474e-08) q[2];
ry(pi*1.9779e-08) q[3];
ry(pi*0.000740557554) q[4];
ry(pi*0.002684204165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*7.08322e-07) q[1];
ry(pi*-0.000961416642) q[2];
ry(pi*0.001181857959) q[3];
ry(pi*-0.002345777926) q[4];
ry(pi*0.002119590609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
