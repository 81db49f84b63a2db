// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.499998230475) q[0];
ry(pi*0.001896696249) q[1];
ry(pi*2.5172795e-05) q[2];
ry(pi*-3.768e-09) q[3];
ry(pi*7.09909e-07) q[4];
ry(pi*-0.499999103222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.9782803e-05) q[0];
ry(pi*-0.001024196204) q[1];
ry(pi*-0.000675924814) q[2];
ry(pi*0.000372476058) q[3];
ry(pi*-5.0100408e-05) q[4];
ry(pi*0.001049582408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.2378476e-05) q[0];
ry(pi*-6.51399e-07) q[1];
ry(pi*1.9857322e-05) q[2];
ry(pi*1.229082e-06) q[3];
ry(pi*4.4950136e-05) q[4];
ry(pi*-1.5306337e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.7337e-07) q[0];
ry(pi*-0.499985898189) q[1];
ry(pi*-1.80992e-07) q[2];
ry(pi*0.982285097414) q[3];
ry(pi*4.4497133e-05) q[4];
ry(pi*-0.001315824086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.182635634611) q[0];
ry(pi*-0.169648845733) q[1];
ry(pi*6.7895e-08) q[2];
ry(pi*0.536671603132) q[3];
ry(pi*-0.499739404251) q[4];
ry(pi*0.00088042176) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
