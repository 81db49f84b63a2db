// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.493764582438) q[0];
ry(pi*0.075478077383) q[1];
ry(pi*-0.010005044895) q[2];
ry(pi*0.001096258109) q[3];
ry(pi*-0.001245113544) q[4];
ry(pi*-0.01002418484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077500970715) q[0];
ry(pi*0.360600975596) q[1];
ry(pi*-0.500147773673) q[2];
ry(pi*-0.007817487086) q[3];
ry(pi*-0.0281893599) q[4];
ry(pi*0.05309456089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001612446839) q[0];
ry(pi*0.00917525043) q[1];
ry(pi*0.004070998778) q[2];
ry(pi*-0.019885041595) q[3];
ry(pi*-0.508216617649) q[4];
ry(pi*-0.002580700415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00299437598) q[0];
ry(pi*0.508096558101) q[1];
ry(pi*-0.005578140197) q[2];
ry(pi*0.523441906164) q[3];
ry(pi*-0.503641073924) q[4];
ry(pi*0.000392527733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003661533384) q[0];
ry(pi*-0.015921521951) q[1];
ry(pi*-0.480587781492) q[2];
ry(pi*0.007116127451) q[3];
ry(pi*0.583317127867) q[4];
ry(pi*0.000781007452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
