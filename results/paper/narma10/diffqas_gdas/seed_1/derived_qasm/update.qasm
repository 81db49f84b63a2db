// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.087309957164) q[0];
rx(pi*0.014597611918) q[1];
rx(pi*0.003929666333) q[2];
rx(pi*-0.000200221685) q[3];
rx(pi*-0.001149147756) q[4];
rx(pi*0.006157707836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.122952749138) q[0];
rx(pi*0.008233801938) q[1];
rx(pi*0.000676085564) q[2];
rx(pi*0.007520424846) q[3];
rx(pi*0.002260527293) q[4];
rx(pi*0.003323286348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081408645262) q[0];
rx(pi*0.010783706619) q[1];
rx(pi*0.004176117583) q[2];
rx(pi*-0.000931386266) q[3];
rx(pi*0.004558050555) q[4];
rx(pi*0.001896040503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12535264994) q[0];
rx(pi*0.017974612783) q[1];
rx(pi*-0.001198183341) q[2];
rx(pi*-0.001079773089) q[3];
rx(pi*0.000755760728) q[4];
rx(pi*0.001118083143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083045168074) q[0];
rx(pi*0.016566404459) q[1];
rx(pi*0.001155307377) q[2];
rx(pi*-9.9421923e-05) q[3];
rx(pi*0.002407664657) q[4];
rx(pi*-0.000829296801) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
