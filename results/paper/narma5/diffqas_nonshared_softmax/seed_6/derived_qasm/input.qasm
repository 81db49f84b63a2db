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
rz(pi*0.000828391) q[0];
rz(pi*0.0032268956) q[1];
rz(pi*0.002341099513) q[2];
rz(pi*0.002276268745) q[3];
rz(pi*-0.000564112001) q[4];
rz(pi*-0.001606277287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00608659857) q[0];
rz(pi*0.001400078501) q[1];
rz(pi*0.005252627136) q[2];
rz(pi*-0.000166473318) q[3];
rz(pi*0.00300466247) q[4];
rz(pi*0.002677805605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00260657361) q[0];
rz(pi*-0.003783726179) q[1];
rz(pi*0.007615398271) q[2];
rz(pi*0.001067975894) q[3];
rz(pi*-0.000947173074) q[4];
rz(pi*0.001033859558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005509866172) q[0];
rz(pi*0.00451636476) q[1];
rz(pi*-0.001104444034) q[2];
rz(pi*0.001020355409) q[3];
rz(pi*0.000718122651) q[4];
rz(pi*-0.005437203512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000890760944) q[0];
rz(pi*0.004138620911) q[1];
rz(pi*-0.002324541937) q[2];
rz(pi*0.000965680619) q[3];
rz(pi*0.003392093686) q[4];
rz(pi*0.005221769148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
