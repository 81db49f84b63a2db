// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-6.0e-11) q[0];
rx(pi*2.2417911e-05) q[1];
rx(pi*0.130669752995) q[2];
rx(pi*0.005663745828) q[3];
rx(pi*0.000253042797) q[4];
rx(pi*0.003155092347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.53093e-07) q[0];
rx(pi*1.5288869e-05) q[1];
rx(pi*0.002481167305) q[2];
rx(pi*-0.005400012777) q[3];
rx(pi*-0.022636911768) q[4];
rx(pi*0.006653195964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.04182e-07) q[0];
rx(pi*7.354749e-06) q[1];
rx(pi*-0.000445387624) q[2];
rx(pi*7.7280624e-05) q[3];
rx(pi*-1.8750507e-05) q[4];
rx(pi*-0.002569947906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.7131e-08) q[0];
rx(pi*-0.000176320822) q[1];
rx(pi*-0.087235944476) q[2];
rx(pi*-0.060500800626) q[3];
rx(pi*-0.019216797705) q[4];
rx(pi*-0.000204245909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.08e-10) q[0];
rx(pi*-6.000525e-06) q[1];
rx(pi*0.129645566129) q[2];
rx(pi*0.007663389243) q[3];
rx(pi*0.000633673394) q[4];
rx(pi*0.008045888137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
