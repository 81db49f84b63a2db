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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006077420504) q[0];
rz(pi*0.003394743349) q[1];
rz(pi*0.00386225201) q[2];
rz(pi*-0.000775442286) q[3];
rz(pi*0.001306682779) q[4];
rz(pi*-0.000863359256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743602087) q[0];
rz(pi*-0.003662276285) q[1];
rz(pi*-0.002460028255) q[2];
rz(pi*-0.001602166871) q[3];
rz(pi*0.000110867853) q[4];
rz(pi*0.003078812711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001727433845) q[0];
rz(pi*-0.005659618069) q[1];
rz(pi*0.003229997644) q[2];
rz(pi*-0.004742207159) q[3];
rz(pi*0.001499619318) q[4];
rz(pi*-0.000640367439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000179693395) q[0];
rz(pi*-0.00152999943) q[1];
rz(pi*-0.00334266197) q[2];
rz(pi*0.005051662457) q[3];
rz(pi*-0.007704940746) q[4];
rz(pi*-0.00282643485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096081639) q[0];
rz(pi*-9.0755722e-05) q[1];
rz(pi*-1.665404e-06) q[2];
rz(pi*-0.002739949358) q[3];
rz(pi*-0.003607531311) q[4];
rz(pi*0.001802458463) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
