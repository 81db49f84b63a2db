// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
rx(pi*-0.003915526893) q[0];
rx(pi*-0.006701824302) q[1];
rx(pi*-0.000468105192) q[2];
rx(pi*-0.003615746214) q[3];
rx(pi*-0.001599932534) q[4];
rx(pi*-0.002043770025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004863073938) q[0];
rx(pi*0.00016275125) q[1];
rx(pi*-0.005390758226) q[2];
rx(pi*0.002614676159) q[3];
rx(pi*0.000324331266) q[4];
rx(pi*-0.001698562214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001377087977) q[0];
rx(pi*-0.005501676466) q[1];
rx(pi*0.005431893515) q[2];
rx(pi*-0.007022445951) q[3];
rx(pi*-0.000883641791) q[4];
rx(pi*0.006989618355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001317436621) q[0];
rx(pi*0.003553311348) q[1];
rx(pi*0.002986378967) q[2];
rx(pi*-0.003072209899) q[3];
rx(pi*-0.005044059128) q[4];
rx(pi*-0.002261329929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003124613814) q[0];
rx(pi*-0.003951524124) q[1];
rx(pi*0.001005507455) q[2];
rx(pi*-0.000248361346) q[3];
rx(pi*0.002310304668) q[4];
rx(pi*0.003551407255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
