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
rx(pi*-0.128632383456) q[0];
rx(pi*0.100299914492) q[1];
rx(pi*-0.03523336245) q[2];
rx(pi*-0.008650205132) q[3];
rx(pi*-0.012121741863) q[4];
rx(pi*0.000242917186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005323240739) q[0];
rx(pi*0.123516050018) q[1];
rx(pi*-0.037903039123) q[2];
rx(pi*-0.008978536239) q[3];
rx(pi*-0.008134059239) q[4];
rx(pi*0.004554307588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174042554644) q[0];
rx(pi*0.103547261528) q[1];
rx(pi*-0.041709854543) q[2];
rx(pi*-0.007850882086) q[3];
rx(pi*-0.012882776718) q[4];
rx(pi*0.002938923678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.032250137406) q[0];
rx(pi*0.116539789663) q[1];
rx(pi*-0.034473878617) q[2];
rx(pi*-0.005478595526) q[3];
rx(pi*-0.013171468419) q[4];
rx(pi*-0.000899138005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.104554145248) q[0];
rx(pi*0.107343679883) q[1];
rx(pi*-0.041049749962) q[2];
rx(pi*-0.005908234583) q[3];
rx(pi*-0.012230768757) q[4];
rx(pi*-0.003484281081) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
