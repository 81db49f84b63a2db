// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.307665320954) q[0];
rx(pi*0.201934485893) q[1];
rx(pi*7.7052766e-05) q[2];
rx(pi*0.002800789031) q[3];
rx(pi*-0.000364868579) q[4];
rx(pi*-0.001776496333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028534346115) q[0];
rx(pi*0.199617230381) q[1];
rx(pi*-0.006503723915) q[2];
rx(pi*0.008247164088) q[3];
rx(pi*-0.004551780951) q[4];
rx(pi*-0.002145352191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.306423061325) q[0];
rx(pi*0.203216872883) q[1];
rx(pi*-0.002146951238) q[2];
rx(pi*0.000940219414) q[3];
rx(pi*-0.001897167158) q[4];
rx(pi*-0.002913932419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029460491307) q[0];
rx(pi*0.199994712169) q[1];
rx(pi*0.000703141813) q[2];
rx(pi*0.006407658371) q[3];
rx(pi*0.000697021916) q[4];
rx(pi*0.005988297207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.305472982012) q[0];
rx(pi*0.19523788384) q[1];
rx(pi*0.002883775533) q[2];
rx(pi*-0.000737452694) q[3];
rx(pi*-0.006188723535) q[4];
rx(pi*0.002386375456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
