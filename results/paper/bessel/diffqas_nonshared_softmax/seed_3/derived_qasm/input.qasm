// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000202579883) q[0];
rz(pi*0.00348858582) q[1];
rz(pi*0.002078318657) q[2];
rz(pi*0.002644305958) q[3];
rz(pi*0.002814484391) q[4];
rz(pi*0.001814745985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002786696726) q[0];
rz(pi*0.000766295939) q[1];
rz(pi*-0.000667785135) q[2];
rz(pi*0.000973352205) q[3];
rz(pi*0.001741499173) q[4];
rz(pi*0.004076004915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001357151177) q[0];
rz(pi*0.002543409776) q[1];
rz(pi*0.004721751276) q[2];
rz(pi*-0.002800529045) q[3];
rz(pi*-0.00065998652) q[4];
rz(pi*0.001899951409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000259575888) q[0];
rz(pi*-0.003057340897) q[1];
rz(pi*0.003331340576) q[2];
rz(pi*-5.0757594e-05) q[3];
rz(pi*-0.003018945688) q[4];
rz(pi*0.006216995301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003922451353) q[0];
rz(pi*0.000123020778) q[1];
rz(pi*-0.001975694027) q[2];
rz(pi*0.000512999863) q[3];
rz(pi*0.001961351519) q[4];
rz(pi*-0.002446641055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
