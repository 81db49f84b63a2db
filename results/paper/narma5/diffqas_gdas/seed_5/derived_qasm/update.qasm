// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.002689661201) q[0];
rz(pi*0.002676045883) q[1];
rz(pi*-0.001930887215) q[2];
rz(pi*-0.000222883873) q[3];
rz(pi*0.00429842629) q[4];
rz(pi*-0.001262240599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600928989) q[0];
rz(pi*-6.7570172e-05) q[1];
rz(pi*0.001939131171) q[2];
rz(pi*-0.001161502646) q[3];
rz(pi*-0.000484994717) q[4];
rz(pi*0.0007714921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327900255) q[0];
rz(pi*-0.002753251626) q[1];
rz(pi*0.00285132413) q[2];
rz(pi*-0.004133207749) q[3];
rz(pi*-0.003823281394) q[4];
rz(pi*-0.004082301199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077961309) q[0];
rz(pi*-0.001147859314) q[1];
rz(pi*-0.003090903095) q[2];
rz(pi*-0.00361606549) q[3];
rz(pi*0.001340486582) q[4];
rz(pi*-0.003357659335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049153734) q[0];
rz(pi*0.001954400675) q[1];
rz(pi*-0.003809240078) q[2];
rz(pi*-0.001026359839) q[3];
rz(pi*-2.1512854e-05) q[4];
rz(pi*-0.001417548399) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
