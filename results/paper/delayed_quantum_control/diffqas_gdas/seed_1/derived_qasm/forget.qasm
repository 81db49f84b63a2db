// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.0977837e-05) q[0];
rx(pi*0.499999824186) q[1];
rx(pi*0.496580517651) q[2];
rx(pi*0.002918611573) q[3];
rx(pi*-0.002830317741) q[4];
rx(pi*-0.005587091184) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.36999e-07) q[0];
rx(pi*-7.01954e-07) q[1];
rx(pi*-2.8989e-08) q[2];
rx(pi*-0.01259929778) q[3];
rx(pi*0.000343975249) q[4];
rx(pi*-0.001646335131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.418818e-06) q[0];
rx(pi*2.255227e-06) q[1];
rx(pi*-7.548256e-06) q[2];
rx(pi*0.001835905342) q[3];
rx(pi*-0.000167910985) q[4];
rx(pi*-0.003125031511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.2962e-08) q[0];
rx(pi*-7.4092e-08) q[1];
rx(pi*-9.5486e-08) q[2];
rx(pi*-0.004020205471) q[3];
rx(pi*0.000367173546) q[4];
rx(pi*0.004343983415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127840517886) q[0];
rx(pi*0.500000203641) q[1];
rx(pi*0.503416246864) q[2];
rx(pi*0.001501630874) q[3];
rx(pi*0.002337827455) q[4];
rx(pi*0.001324991777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
