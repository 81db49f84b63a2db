// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000773170596) q[0];
rz(pi*-0.0062190408) q[1];
rz(pi*-0.002110816157) q[2];
rz(pi*-0.002832482117) q[3];
rz(pi*-0.000144835084) q[4];
rz(pi*-0.001941900747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001543118196) q[0];
rz(pi*-0.001578233491) q[1];
rz(pi*-0.00079650878) q[2];
rz(pi*0.004030501744) q[3];
rz(pi*-0.000683609814) q[4];
rz(pi*-0.001504288393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000196954019) q[0];
rz(pi*-0.004054718974) q[1];
rz(pi*-0.005007750625) q[2];
rz(pi*-2.8495921e-05) q[3];
rz(pi*-0.001815799417) q[4];
rz(pi*-0.004493144489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002989207389) q[0];
rz(pi*0.002216470202) q[1];
rz(pi*0.000743623876) q[2];
rz(pi*-0.001670399542) q[3];
rz(pi*-0.00061264214) q[4];
rz(pi*-0.001812209862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002748251121) q[0];
rz(pi*-0.004563218257) q[1];
rz(pi*0.000871502049) q[2];
rz(pi*6.1655723e-05) q[3];
rz(pi*-0.003596189165) q[4];
rz(pi*0.00197161207) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
