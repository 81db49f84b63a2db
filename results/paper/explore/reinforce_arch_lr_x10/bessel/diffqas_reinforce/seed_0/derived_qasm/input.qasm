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
rx(pi*2.9639e-08) q[0];
rx(pi*-0.000139296246) q[1];
rx(pi*0.004881671974) q[2];
rx(pi*8.0e-12) q[3];
rx(0) q[4];
rx(pi*-1.8404e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.5164858e-05) q[0];
rx(pi*2.23e-10) q[1];
rx(0) q[2];
rx(pi*-1.83e-10) q[3];
rx(pi*8.32e-09) q[4];
rx(pi*-0.000119477729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.33307758997) q[0];
rx(pi*-2.84e-10) q[1];
rx(0) q[2];
rx(pi*1.0e-12) q[3];
rx(0) q[4];
rx(pi*5.3e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.22e-10) q[0];
rx(pi*-2.2185e-08) q[1];
rx(pi*-5.3878791e-05) q[2];
rx(pi*-0.488586767811) q[3];
rx(pi*-7.54e-10) q[4];
rx(pi*-3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*5.0e-11) q[1];
rx(pi*-0.002374368819) q[2];
rx(pi*-0.002421043261) q[3];
rx(pi*-0.002817818258) q[4];
rx(pi*-0.005249126665) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
