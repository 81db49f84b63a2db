// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.003351974329) q[0];
rz(pi*0.00565488674) q[1];
rz(pi*-0.008127454944) q[2];
rz(pi*-0.000439296668) q[3];
rz(pi*0.003226711505) q[4];
rz(pi*0.004303982044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002080800529) q[0];
rz(pi*0.004765436324) q[1];
rz(pi*0.000923026769) q[2];
rz(pi*0.001754748524) q[3];
rz(pi*0.000568866527) q[4];
rz(pi*-0.003418167874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002695031675) q[0];
rz(pi*0.001208250014) q[1];
rz(pi*-0.001846843279) q[2];
rz(pi*0.004047483243) q[3];
rz(pi*0.004113825902) q[4];
rz(pi*0.005725613586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.3108889e-05) q[0];
rz(pi*0.004404456973) q[1];
rz(pi*-0.002883377698) q[2];
rz(pi*-0.002598361671) q[3];
rz(pi*0.000258778181) q[4];
rz(pi*0.000895785535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005089782264) q[0];
rz(pi*-0.005509002319) q[1];
rz(pi*0.001130282249) q[2];
rz(pi*-0.002744394021) q[3];
rz(pi*0.003846332689) q[4];
rz(pi*0.00125589718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
