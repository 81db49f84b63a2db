// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*0.000635938859) q[0];
rz(pi*0.002643225105) q[1];
rz(pi*-0.000611277733) q[2];
rz(pi*-0.001509727642) q[3];
rz(pi*-0.001391616359) q[4];
rz(pi*0.001930920269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001001887736) q[0];
rz(pi*-0.004532169652) q[1];
rz(pi*-0.001332952919) q[2];
rz(pi*-0.003396535087) q[3];
rz(pi*0.004744715416) q[4];
rz(pi*2.1457596e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004690596542) q[0];
rz(pi*0.000825294514) q[1];
rz(pi*0.002265549884) q[2];
rz(pi*0.001186335305) q[3];
rz(pi*-0.001160292985) q[4];
rz(pi*0.000455596555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.0008679892) q[0];
rz(pi*0.003166133597) q[1];
rz(pi*0.00113779064) q[2];
rz(pi*0.007177830383) q[3];
rz(pi*-0.000697263448) q[4];
rz(pi*0.004833938912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.2546748e-05) q[0];
rz(pi*-0.005421523129) q[1];
rz(pi*-0.003735478185) q[2];
rz(pi*-0.005780979028) q[3];
rz(pi*-0.005463401912) q[4];
rz(pi*0.003798856649) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
