// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rz(pi*-0.001923294707) q[0];
rz(pi*0.0005362752) q[1];
rz(pi*-0.001042025473) q[2];
rz(pi*0.00582378629) q[3];
rz(pi*0.000197291656) q[4];
rz(pi*-0.008630918741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002505389871) q[0];
rz(pi*-0.00106819119) q[1];
rz(pi*0.000794287931) q[2];
rz(pi*0.001715854392) q[3];
rz(pi*-0.00440307967) q[4];
rz(pi*0.000387031861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003016767973) q[0];
rz(pi*-3.5625507e-05) q[1];
rz(pi*-0.001224155995) q[2];
rz(pi*0.003656124372) q[3];
rz(pi*0.002902141746) q[4];
rz(pi*0.004563214107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002838473651) q[0];
rz(pi*-0.002005323382) q[1];
rz(pi*-0.000242758067) q[2];
rz(pi*-0.002172484258) q[3];
rz(pi*-0.002398025316) q[4];
rz(pi*0.001250652253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00665911724) q[0];
rz(pi*0.000674822616) q[1];
rz(pi*0.00463833848) q[2];
rz(pi*-0.004929351674) q[3];
rz(pi*0.006067194785) q[4];
rz(pi*0.006659208546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
