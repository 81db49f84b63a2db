// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.499471167545) q[0];
rx(pi*0.002077934459) q[1];
rx(pi*0.003346830046) q[2];
rx(pi*-0.006366010225) q[3];
rx(pi*0.168608513058) q[4];
rx(pi*-0.003696061413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01457238765) q[0];
rx(pi*-0.000890363776) q[1];
rx(pi*0.000581381871) q[2];
rx(pi*0.002048200606) q[3];
rx(pi*-0.002493853255) q[4];
rx(pi*0.000415542046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.508078723719) q[0];
rx(pi*0.000374025228) q[1];
rx(pi*4.5970356e-05) q[2];
rx(pi*0.026798467767) q[3];
rx(pi*0.167106478569) q[4];
rx(pi*-0.003728841874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.475573891404) q[0];
rx(pi*-0.477154852524) q[1];
rx(pi*-0.496881045975) q[2];
rx(pi*-0.000603139462) q[3];
rx(pi*0.002494284292) q[4];
rx(pi*-0.001354926474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.228041954331) q[0];
rx(pi*0.015431506867) q[1];
rx(pi*-0.002436736391) q[2];
rx(pi*-0.003975024837) q[3];
rx(pi*0.164284661804) q[4];
rx(pi*-0.004833159547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
