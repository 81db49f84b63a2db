// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.201275448529) q[0];
rx(pi*0.003384202505) q[1];
rx(pi*0.003472622031) q[2];
rx(pi*0.003224873817) q[3];
rx(pi*0.002439046471) q[4];
rx(pi*0.002909075692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202485378595) q[0];
rx(pi*-0.001388012574) q[1];
rx(pi*0.002584606133) q[2];
rx(pi*-0.004138882379) q[3];
rx(pi*0.002249842672) q[4];
rx(pi*0.004588684724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.195586906506) q[0];
rx(pi*0.005190397117) q[1];
rx(pi*-0.002872144646) q[2];
rx(pi*0.005135988613) q[3];
rx(pi*-0.000603292133) q[4];
rx(pi*0.001383498098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.194852433498) q[0];
rx(pi*0.001767380224) q[1];
rx(pi*-0.000663540501) q[2];
rx(pi*0.003776580272) q[3];
rx(pi*0.000232670939) q[4];
rx(pi*0.000990384693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.195944277182) q[0];
rx(pi*0.001249584294) q[1];
rx(pi*-0.001492029922) q[2];
rx(pi*-0.000566239098) q[3];
rx(pi*-0.004211648203) q[4];
rx(pi*-0.00131202005) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
