// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002578230993) q[0];
ry(pi*-0.001267534885) q[1];
ry(pi*-0.004938348018) q[2];
ry(pi*-0.002394350383) q[3];
ry(pi*0.004657574771) q[4];
ry(pi*-0.004040276859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000540492561) q[0];
ry(pi*0.002603309112) q[1];
ry(pi*-0.002590537784) q[2];
ry(pi*-0.000563316813) q[3];
ry(pi*0.000330921554) q[4];
ry(pi*0.000200179942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00547489169) q[0];
ry(pi*0.000362313743) q[1];
ry(pi*0.004010985309) q[2];
ry(pi*-0.006852094393) q[3];
ry(pi*0.002518571781) q[4];
ry(pi*0.000536425426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001886663371) q[0];
ry(pi*0.008864714575) q[1];
ry(pi*0.003794622465) q[2];
ry(pi*-0.005973106558) q[3];
ry(pi*0.000374072141) q[4];
ry(pi*0.002881147215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000508722472) q[0];
ry(pi*0.002000362453) q[1];
ry(pi*-0.000211464409) q[2];
ry(pi*0.002123915061) q[3];
ry(pi*0.004578959709) q[4];
ry(pi*-0.002150699689) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
