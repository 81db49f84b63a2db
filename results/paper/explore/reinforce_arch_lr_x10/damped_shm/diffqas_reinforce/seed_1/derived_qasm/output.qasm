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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.198578624226) q[0];
ry(pi*-0.500000279532) q[1];
ry(pi*0.05192775588) q[2];
ry(pi*-1.702e-09) q[3];
ry(pi*0.000234778266) q[4];
ry(pi*0.000827573986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.735589972351) q[0];
ry(pi*-0.003103626101) q[1];
ry(pi*0.003500298823) q[2];
ry(pi*-0.000443453108) q[3];
ry(pi*-0.00155664784) q[4];
ry(pi*-0.018530779909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.747e-09) q[0];
ry(pi*-0.001092172002) q[1];
ry(pi*-0.002136157078) q[2];
ry(pi*-0.000498060752) q[3];
ry(pi*-0.00032690589) q[4];
ry(pi*0.001322665836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.306427e-06) q[0];
ry(pi*0.024414715145) q[1];
ry(pi*-0.037351890289) q[2];
ry(pi*-0.023494800129) q[3];
ry(pi*0.000622873825) q[4];
ry(pi*0.007760401052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000327197485) q[0];
ry(pi*-0.003859480803) q[1];
ry(pi*0.046808766256) q[2];
ry(pi*0.004182594108) q[3];
ry(pi*-0.002737516696) q[4];
ry(pi*0.005546278432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
