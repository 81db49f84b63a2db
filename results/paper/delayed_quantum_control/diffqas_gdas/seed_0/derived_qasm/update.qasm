// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-2.0427609e-05) q[0];
rx(pi*-5.412646e-06) q[1];
rx(pi*-0.458015941505) q[2];
rx(pi*0.245561617225) q[3];
rx(pi*-0.174857908476) q[4];
rx(pi*0.004334647637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002358206706) q[0];
rx(pi*-0.206761266743) q[1];
rx(pi*-0.502890549971) q[2];
rx(pi*-0.041162258356) q[3];
rx(pi*-0.239352557869) q[4];
rx(pi*-0.004199965141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.500206209736) q[0];
rx(pi*0.010834708922) q[1];
rx(pi*0.008805231454) q[2];
rx(pi*-1.6372756e-05) q[3];
rx(pi*-0.176906206317) q[4];
rx(pi*-0.001527093191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007648987742) q[0];
rx(pi*0.033956264114) q[1];
rx(pi*2.2229395e-05) q[2];
rx(pi*-2.130744e-05) q[3];
rx(pi*-0.240489347993) q[4];
rx(pi*0.004240372943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.500636929054) q[0];
rx(pi*0.007296130208) q[1];
rx(pi*-0.457733589074) q[2];
rx(pi*0.25168960603) q[3];
rx(pi*-0.171385345438) q[4];
rx(pi*8.806012e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
