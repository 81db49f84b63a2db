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
rx(pi*0.074753180869) q[0];
rx(pi*0.102320758767) q[1];
rx(pi*0.038750279029) q[2];
rx(pi*0.031360057036) q[3];
rx(pi*0.019256640476) q[4];
rx(pi*-0.038207461603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.144069825237) q[0];
rx(pi*0.01563454017) q[1];
rx(pi*0.005348876478) q[2];
rx(pi*0.01481402575) q[3];
rx(pi*-0.001259310792) q[4];
rx(pi*-0.003457058746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067212244111) q[0];
rx(pi*0.115767513454) q[1];
rx(pi*-0.044530898168) q[2];
rx(pi*-0.040763783222) q[3];
rx(pi*-0.017208280973) q[4];
rx(pi*0.037200210286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152948558893) q[0];
rx(pi*0.065046049616) q[1];
rx(pi*0.024065305909) q[2];
rx(pi*-0.004351939221) q[3];
rx(pi*-0.006375185921) q[4];
rx(pi*-0.007434341339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062838134049) q[0];
rx(pi*0.104245240457) q[1];
rx(pi*0.034201503479) q[2];
rx(pi*0.030935624812) q[3];
rx(pi*0.016688970781) q[4];
rx(pi*-0.002661345561) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
