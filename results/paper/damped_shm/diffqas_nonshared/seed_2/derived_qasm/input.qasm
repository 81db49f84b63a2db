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
ry(pi*0.006556285541) q[0];
ry(pi*-0.267444860307) q[1];
ry(pi*0.000571716145) q[2];
ry(pi*-0.001757973298) q[3];
ry(pi*0.004317420678) q[4];
ry(pi*-0.006033259062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.334850062005) q[0];
ry(pi*0.001860527225) q[1];
ry(pi*-0.497879923195) q[2];
ry(pi*0.505297660416) q[3];
ry(pi*-0.025667450102) q[4];
ry(pi*0.000599417728) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065733607763) q[0];
ry(pi*-0.001468724422) q[1];
ry(pi*5.6243905e-05) q[2];
ry(pi*1.1651115e-05) q[3];
ry(pi*0.000113494347) q[4];
ry(pi*-0.151801352731) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063749542159) q[0];
ry(pi*0.126198587841) q[1];
ry(pi*-0.001356124573) q[2];
ry(pi*-0.126119158433) q[3];
ry(pi*0.309481297499) q[4];
ry(pi*0.000554639227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001202691073) q[0];
ry(pi*-0.015775157875) q[1];
ry(pi*-0.086282620822) q[2];
ry(pi*0.022158471246) q[3];
ry(pi*0.040556207133) q[4];
ry(pi*0.006143213249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
