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
rx(pi*-0.232297522666) q[0];
rx(pi*0.265594846652) q[1];
rx(pi*-0.195712183559) q[2];
rx(pi*0.082955000091) q[3];
rx(pi*0.067393111315) q[4];
rx(pi*-0.001676287023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.146421440395) q[0];
rx(pi*0.326978989951) q[1];
rx(pi*0.021496355554) q[2];
rx(pi*-0.024884791057) q[3];
rx(pi*0.070635748367) q[4];
rx(pi*0.000770236268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129915140414) q[0];
rx(pi*0.400140485355) q[1];
rx(pi*-0.045926500286) q[2];
rx(pi*0.070467768402) q[3];
rx(pi*0.073407149798) q[4];
rx(pi*-0.004823489375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.28849199337) q[0];
rx(pi*0.244409933494) q[1];
rx(pi*-0.051867953779) q[2];
rx(pi*-0.043856279435) q[3];
rx(pi*0.071642233659) q[4];
rx(pi*0.00170281626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037069914941) q[0];
rx(pi*0.262017952474) q[1];
rx(pi*-0.193076166913) q[2];
rx(pi*0.085747152964) q[3];
rx(pi*0.069482670139) q[4];
rx(pi*0.003152114811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
