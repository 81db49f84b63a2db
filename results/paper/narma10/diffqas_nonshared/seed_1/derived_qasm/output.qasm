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
rx(pi*0.100077089057) q[0];
rx(pi*-9.7122477e-05) q[1];
rx(pi*-0.000301932622) q[2];
rx(pi*-0.000823929144) q[3];
rx(pi*0.003360507322) q[4];
rx(pi*-0.007164765868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097777648954) q[0];
rx(pi*-0.000808487624) q[1];
rx(pi*-0.004537066696) q[2];
rx(pi*0.001059379757) q[3];
rx(pi*-0.00207307625) q[4];
rx(pi*0.002745195619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096885066553) q[0];
rx(pi*0.001216514795) q[1];
rx(pi*0.003879680851) q[2];
rx(pi*0.001218902026) q[3];
rx(pi*-0.002787516112) q[4];
rx(pi*-0.0048202563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103803023653) q[0];
rx(pi*-0.001267733358) q[1];
rx(pi*-0.00219177139) q[2];
rx(pi*0.000459180848) q[3];
rx(pi*-0.000609281222) q[4];
rx(pi*0.002712455179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097395926757) q[0];
rx(pi*-0.00086971609) q[1];
rx(pi*-0.002274582245) q[2];
rx(pi*0.001494676324) q[3];
rx(pi*-0.003290901943) q[4];
rx(pi*0.002119590016) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
