// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.001895286485) q[0];
ry(pi*-0.410338526968) q[1];
ry(pi*0.007721016) q[2];
ry(pi*-0.005991468027) q[3];
ry(pi*0.009652399619) q[4];
ry(pi*0.002421181406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00730054493) q[0];
ry(pi*0.003107885483) q[1];
ry(pi*-0.004022175376) q[2];
ry(pi*-0.460258178773) q[3];
ry(pi*-0.000631558081) q[4];
ry(pi*0.013947292531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000580726458) q[0];
ry(pi*0.001460065586) q[1];
ry(pi*0.000382620624) q[2];
ry(pi*-0.002643442698) q[3];
ry(pi*-6.1144497e-05) q[4];
ry(pi*0.00845011142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.37401501178) q[0];
ry(pi*-0.222502196595) q[1];
ry(pi*-0.022698822215) q[2];
ry(pi*-0.216426439765) q[3];
ry(pi*-0.495105158845) q[4];
ry(pi*0.508651700699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024431114714) q[0];
ry(pi*-0.010223465095) q[1];
ry(pi*-0.001637723431) q[2];
ry(pi*0.008349282531) q[3];
ry(pi*0.213190713536) q[4];
ry(pi*-0.001548409073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
