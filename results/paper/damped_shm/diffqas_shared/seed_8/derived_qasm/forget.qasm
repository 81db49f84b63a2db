// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.002412635665) q[0];
ry(pi*0.002386689099) q[1];
ry(pi*0.498929078197) q[2];
ry(pi*0.001911451562) q[3];
ry(pi*0.003351408704) q[4];
ry(pi*-0.49818473936) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502859017264) q[0];
ry(pi*-0.051480961901) q[1];
ry(pi*0.051215509445) q[2];
ry(pi*0.498582597879) q[3];
ry(pi*0.004625808463) q[4];
ry(pi*0.005825707281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005351966665) q[0];
ry(pi*0.503371015833) q[1];
ry(pi*7.7820755e-05) q[2];
ry(pi*0.004210947693) q[3];
ry(pi*-0.503761323199) q[4];
ry(pi*-0.006432535201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005246578387) q[0];
ry(pi*0.025703638246) q[1];
ry(pi*0.005294280618) q[2];
ry(pi*0.036159635709) q[3];
ry(pi*0.01455608413) q[4];
ry(pi*0.00980351874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.999518651273) q[0];
ry(pi*-0.001744360352) q[1];
ry(pi*0.000562727583) q[2];
ry(pi*-0.001851508055) q[3];
ry(pi*0.30745745553) q[4];
ry(pi*0.004941640975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
