// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.069221652563) q[0];
ry(pi*0.18598937133) q[1];
ry(pi*-0.050800992854) q[2];
ry(pi*-0.019027736646) q[3];
ry(pi*-0.03579169247) q[4];
ry(pi*0.012301662801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.189593358591) q[0];
ry(pi*0.220777289239) q[1];
ry(pi*0.376753614073) q[2];
ry(pi*-0.226297884499) q[3];
ry(pi*-0.120882053969) q[4];
ry(pi*0.033543047156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.118546385405) q[0];
ry(pi*-0.068670736145) q[1];
ry(pi*0.016995550225) q[2];
ry(pi*-0.05649817222) q[3];
ry(pi*0.024305621846) q[4];
ry(pi*-0.137827478195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010207322844) q[0];
ry(pi*0.302221565321) q[1];
ry(pi*-0.118031322737) q[2];
ry(pi*0.376323236264) q[3];
ry(pi*-0.307985239425) q[4];
ry(pi*0.011831611791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042109501244) q[0];
ry(pi*-0.001290895674) q[1];
ry(pi*-0.047593303603) q[2];
ry(pi*0.104983517501) q[3];
ry(pi*0.04044270267) q[4];
ry(pi*-0.00141791985) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
