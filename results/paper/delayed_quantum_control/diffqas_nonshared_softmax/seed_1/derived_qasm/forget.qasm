// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000488474623) q[0];
ry(pi*-3.0784886e-05) q[1];
ry(pi*-0.043057583676) q[2];
ry(pi*-0.499850964008) q[3];
ry(pi*-2.2389728e-05) q[4];
ry(pi*0.500018265697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01515880445) q[0];
ry(pi*0.499890654996) q[1];
ry(pi*-0.36262271159) q[2];
ry(pi*-0.376389640881) q[3];
ry(pi*-0.001071463544) q[4];
ry(pi*0.000840050939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500149557111) q[0];
ry(pi*0.498493501856) q[1];
ry(pi*-0.003189409601) q[2];
ry(pi*0.494645373277) q[3];
ry(pi*-0.405720484288) q[4];
ry(pi*0.5503586951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000122954874) q[0];
ry(pi*7.9698028e-05) q[1];
ry(pi*0.007390211914) q[2];
ry(pi*0.538547135132) q[3];
ry(pi*-0.520906046653) q[4];
ry(pi*0.510101522187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502729623125) q[0];
ry(pi*0.500092866541) q[1];
ry(pi*-0.007271835605) q[2];
ry(pi*-0.49819931043) q[3];
ry(pi*0.074742394862) q[4];
ry(pi*0.002989595144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
