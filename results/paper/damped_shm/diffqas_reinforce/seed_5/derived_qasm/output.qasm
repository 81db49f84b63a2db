// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-5.815441e-06) q[0];
rx(pi*0.000434019983) q[1];
rx(pi*-2.940785e-06) q[2];
rx(pi*-6.5249e-08) q[3];
rx(pi*-1.032791e-06) q[4];
rx(pi*3.9140565e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-4.3293e-08) q[0];
rx(pi*-0.000761030853) q[1];
rx(pi*-6.734849e-06) q[2];
rx(pi*-1.165473e-06) q[3];
rx(pi*-1.77754e-07) q[4];
rx(pi*-1.55145e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002609608064) q[0];
rx(pi*1.722253e-06) q[1];
rx(pi*-9.9988e-08) q[2];
rx(pi*-1.12384e-05) q[3];
rx(pi*-3.54924e-07) q[4];
rx(pi*-0.004020873667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.265919e-06) q[0];
rx(pi*5.9390286e-05) q[1];
rx(pi*7.896594e-06) q[2];
rx(pi*5.41073e-07) q[3];
rx(pi*1.934e-09) q[4];
rx(pi*2.197e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.856e-09) q[0];
rx(pi*0.00703384798) q[1];
rx(pi*-1.461257e-06) q[2];
rx(pi*3.680405e-06) q[3];
rx(pi*-1.806e-08) q[4];
rx(pi*0.001339528311) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
