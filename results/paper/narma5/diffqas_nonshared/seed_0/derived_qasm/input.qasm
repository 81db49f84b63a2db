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
rx(pi*0.15305093584) q[0];
rx(pi*-0.000657219982) q[1];
rx(pi*-0.000506814007) q[2];
rx(pi*0.001721553627) q[3];
rx(pi*0.000683283053) q[4];
rx(pi*0.001131178637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.154318192063) q[0];
rx(pi*-0.000403964001) q[1];
rx(pi*0.002495477797) q[2];
rx(pi*0.004753745851) q[3];
rx(pi*-0.004007736522) q[4];
rx(pi*0.004818978011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.160548434492) q[0];
rx(pi*0.002495582147) q[1];
rx(pi*0.000841768862) q[2];
rx(pi*-0.000999245855) q[3];
rx(pi*0.004641018084) q[4];
rx(pi*0.006239687893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.162134575172) q[0];
rx(pi*0.004194715618) q[1];
rx(pi*0.001137578456) q[2];
rx(pi*-0.00384619988) q[3];
rx(pi*-1.4185918e-05) q[4];
rx(pi*0.002089621227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152163665808) q[0];
rx(pi*0.001266320926) q[1];
rx(pi*0.001368299) q[2];
rx(pi*0.00221557285) q[3];
rx(pi*-0.003769165188) q[4];
rx(pi*-0.002106264625) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
