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
ry(pi*-0.003138551372) q[0];
ry(pi*-0.000558393274) q[1];
ry(pi*0.001376111918) q[2];
ry(pi*0.265623818038) q[3];
ry(pi*-0.509717551719) q[4];
ry(pi*0.50810987697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.519415813212) q[0];
ry(pi*-0.500093397778) q[1];
ry(pi*-0.039279058994) q[2];
ry(pi*-0.004444773765) q[3];
ry(pi*0.010808151818) q[4];
ry(pi*-0.009827548911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004466576713) q[0];
ry(pi*0.010566717675) q[1];
ry(pi*0.001030054781) q[2];
ry(pi*0.003042057459) q[3];
ry(pi*0.002559375343) q[4];
ry(pi*0.006790146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005662980396) q[0];
ry(pi*-0.002126322673) q[1];
ry(pi*-0.00736499061) q[2];
ry(pi*-0.013768723402) q[3];
ry(pi*-0.034071094298) q[4];
ry(pi*0.244357322065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115774931799) q[0];
ry(pi*0.098427456076) q[1];
ry(pi*0.473690922086) q[2];
ry(pi*0.009368033705) q[3];
ry(pi*-0.046567153058) q[4];
ry(pi*-0.004790007811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
