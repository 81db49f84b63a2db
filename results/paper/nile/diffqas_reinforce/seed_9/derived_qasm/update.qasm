// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rx(pi*3.06898e-07) q[0];
rx(pi*0.117411985847) q[1];
rx(pi*-0.001084740836) q[2];
rx(pi*0.007525192342) q[3];
rx(pi*-0.000641611414) q[4];
rx(pi*-0.001621080477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.228100124775) q[0];
rx(pi*0.00061437848) q[1];
rx(pi*-0.001418469912) q[2];
rx(pi*3.5161279e-05) q[3];
rx(pi*-0.051182691335) q[4];
rx(pi*0.001540553762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000476318761) q[0];
rx(pi*0.001587189814) q[1];
rx(pi*0.048397771821) q[2];
rx(pi*-1.4149217e-05) q[3];
rx(pi*0.000212724856) q[4];
rx(pi*-0.004666839401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000556246574) q[0];
rx(pi*-0.000228421655) q[1];
rx(pi*0.181966389909) q[2];
rx(pi*0.231293295131) q[3];
rx(pi*-0.049408654048) q[4];
rx(pi*0.00107710349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.3932e-08) q[0];
rx(pi*-0.003033491857) q[1];
rx(pi*1.8288221e-05) q[2];
rx(pi*-0.000955234713) q[3];
rx(pi*0.000202531247) q[4];
rx(pi*0.00077386903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
