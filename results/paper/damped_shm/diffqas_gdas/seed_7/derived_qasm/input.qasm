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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004870302554) q[0];
rz(pi*-0.001520488006) q[1];
rz(pi*-0.003114476437) q[2];
rz(pi*-0.002574376857) q[3];
rz(pi*0.003377173398) q[4];
rz(pi*-0.002570261846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000103332513) q[0];
rz(pi*0.002815256344) q[1];
rz(pi*-0.00185751041) q[2];
rz(pi*-0.000355445275) q[3];
rz(pi*0.000351707829) q[4];
rz(pi*0.000203111305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003899386421) q[0];
rz(pi*0.000242459802) q[1];
rz(pi*0.004325379746) q[2];
rz(pi*-0.004924585661) q[3];
rz(pi*0.002735590962) q[4];
rz(pi*0.000379979224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002041785001) q[0];
rz(pi*0.006367558283) q[1];
rz(pi*0.002426380532) q[2];
rz(pi*-0.003817401621) q[3];
rz(pi*0.000237247707) q[4];
rz(pi*0.001835679151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000600881742) q[0];
rz(pi*0.002173774553) q[1];
rz(pi*-0.000211710907) q[2];
rz(pi*0.002123913579) q[3];
rz(pi*0.00457895793) q[4];
rz(pi*-0.002150697911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
