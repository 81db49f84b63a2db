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
rz(pi*-0.006542658957) q[0];
rz(pi*0.00163516878) q[1];
rz(pi*-0.002074784538) q[2];
rz(pi*-0.004701968926) q[3];
rz(pi*-0.007229513334) q[4];
rz(pi*0.004045417585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000280144107) q[0];
rz(pi*0.000185202773) q[1];
rz(pi*0.001774736314) q[2];
rz(pi*-0.000421134227) q[3];
rz(pi*-0.004889702782) q[4];
rz(pi*0.002001192214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003029299472) q[0];
rz(pi*0.00148418647) q[1];
rz(pi*0.004744005123) q[2];
rz(pi*0.005920138204) q[3];
rz(pi*-0.002707324236) q[4];
rz(pi*-0.001576925557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002670817112) q[0];
rz(pi*0.000406196745) q[1];
rz(pi*0.000517655153) q[2];
rz(pi*0.002827419358) q[3];
rz(pi*0.002208853681) q[4];
rz(pi*-0.001560676733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000247696095) q[0];
rz(pi*-0.002418884814) q[1];
rz(pi*-0.000770193653) q[2];
rz(pi*-0.00369050892) q[3];
rz(pi*-0.006408458784) q[4];
rz(pi*-0.001728302737) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
