// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.053549873633) q[0];
rx(pi*0.091273269294) q[1];
rx(pi*-0.001464198532) q[2];
rx(pi*0.001011304963) q[3];
rx(pi*0.000961223579) q[4];
rx(pi*0.00333658743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.163542239214) q[0];
rx(pi*0.10285846541) q[1];
rx(pi*0.004328705609) q[2];
rx(pi*0.005769735897) q[3];
rx(pi*-0.000255433863) q[4];
rx(pi*0.004976695202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044827831156) q[0];
rx(pi*0.098336054864) q[1];
rx(pi*0.002451978326) q[2];
rx(pi*0.012812898903) q[3];
rx(pi*-0.004807342381) q[4];
rx(pi*0.002991351605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.320433657615) q[0];
rx(pi*0.095107993626) q[1];
rx(pi*0.000374499732) q[2];
rx(pi*0.006146385848) q[3];
rx(pi*-0.000763453733) q[4];
rx(pi*0.002613396684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037816931307) q[0];
rx(pi*0.100211672242) q[1];
rx(pi*-0.005123004731) q[2];
rx(pi*0.010889829497) q[3];
rx(pi*0.003105581183) q[4];
rx(pi*0.003632910918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
