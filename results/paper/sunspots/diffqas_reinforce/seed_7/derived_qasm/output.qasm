// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.223881249734) q[0];
ry(pi*-0.145259131926) q[1];
ry(pi*-0.102890311167) q[2];
ry(pi*-0.086762574421) q[3];
ry(pi*-0.027740116066) q[4];
ry(pi*7.3756747e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.207854305711) q[0];
ry(pi*-0.269725858898) q[1];
ry(pi*-0.15449086304) q[2];
ry(pi*-0.027710788941) q[3];
ry(pi*-0.005547946255) q[4];
ry(pi*-9.36224e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101670828322) q[0];
ry(pi*-0.116206713591) q[1];
ry(pi*-0.12940859651) q[2];
ry(pi*-0.156154829931) q[3];
ry(pi*-0.065259203693) q[4];
ry(pi*2.6225886e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00306150838) q[0];
ry(pi*-0.003056535741) q[1];
ry(pi*-0.118060635632) q[2];
ry(pi*-0.22038481898) q[3];
ry(pi*-0.145187215726) q[4];
ry(pi*3.4672562e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035285717748) q[0];
ry(pi*-0.092263883883) q[1];
ry(pi*-0.093051803122) q[2];
ry(pi*-0.11175231086) q[3];
ry(pi*-0.29462201226) q[4];
ry(pi*-0.001310439679) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
