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
ry(pi*0.007684349979) q[0];
ry(pi*0.014850302829) q[1];
ry(pi*0.00387701429) q[2];
ry(pi*-0.000751213939) q[3];
ry(pi*0.000307726369) q[4];
ry(pi*2.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030209222336) q[0];
ry(pi*5.6167574e-05) q[1];
ry(pi*0.005168229833) q[2];
ry(pi*-0.003405869383) q[3];
ry(pi*1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000913529204) q[0];
ry(pi*0.000110908309) q[1];
ry(pi*-0.000166790574) q[2];
ry(pi*5.0e-12) q[3];
ry(pi*0.001141099754) q[4];
ry(pi*1.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002552618377) q[0];
ry(pi*0.001704348902) q[1];
ry(pi*-7.0e-12) q[2];
ry(pi*1.7e-11) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.0820116e-05) q[0];
ry(0) q[1];
ry(pi*4.2290875e-05) q[2];
ry(pi*-0.000180266672) q[3];
ry(pi*-0.002021731103) q[4];
ry(pi*-0.006226446101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
