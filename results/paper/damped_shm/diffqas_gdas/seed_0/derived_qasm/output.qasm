// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.311329983062) q[0];
rx(pi*-0.068064926825) q[1];
rx(pi*0.202713279241) q[2];
rx(pi*0.13168350485) q[3];
rx(pi*-0.08307293469) q[4];
rx(pi*-0.001515872293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.184857210557) q[0];
rx(pi*-0.115315354931) q[1];
rx(pi*-0.104970635006) q[2];
rx(pi*0.111014972966) q[3];
rx(pi*-0.083872645492) q[4];
rx(pi*0.001974642967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.218115128146) q[0];
rx(pi*-0.110678756904) q[1];
rx(pi*0.167068248482) q[2];
rx(pi*0.134909981863) q[3];
rx(pi*-0.08106306615) q[4];
rx(pi*0.000989718127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072590980137) q[0];
rx(pi*-0.199159588734) q[1];
rx(pi*-0.101109548041) q[2];
rx(pi*0.112619555157) q[3];
rx(pi*-0.081615571535) q[4];
rx(pi*-0.002946914762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.22652354636) q[0];
rx(pi*-0.006780833938) q[1];
rx(pi*0.198758485875) q[2];
rx(pi*0.138245732418) q[3];
rx(pi*-0.071490598716) q[4];
rx(pi*-0.000664222631) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
