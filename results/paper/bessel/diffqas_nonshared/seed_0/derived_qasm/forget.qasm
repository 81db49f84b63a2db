// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.003154755581) q[0];
rx(pi*-0.109908463348) q[1];
rx(pi*-0.021807563163) q[2];
rx(pi*-0.072507794125) q[3];
rx(pi*0.012311579619) q[4];
rx(pi*-0.003084426273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113618878237) q[0];
rx(pi*-0.175392503588) q[1];
rx(pi*0.164830204192) q[2];
rx(pi*-0.05724005883) q[3];
rx(pi*0.017191370326) q[4];
rx(pi*-0.001255936311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153464627117) q[0];
rx(pi*0.017859502751) q[1];
rx(pi*-0.021615888608) q[2];
rx(pi*-0.071478925733) q[3];
rx(pi*0.01791788901) q[4];
rx(pi*0.00228857435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.382624541119) q[0];
rx(pi*-0.106597083288) q[1];
rx(pi*0.139024781897) q[2];
rx(pi*-0.063161595681) q[3];
rx(pi*0.013272762733) q[4];
rx(pi*0.000390046083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.167919365944) q[0];
rx(pi*-0.115360548016) q[1];
rx(pi*-0.027924901142) q[2];
rx(pi*-0.073275597508) q[3];
rx(pi*0.01171900379) q[4];
rx(pi*0.001169687682) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
