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
rz(pi*-0.032150622973) q[0];
rz(pi*-0.016053799948) q[1];
rz(pi*-0.019481835133) q[2];
rz(pi*0.001891974999) q[3];
rz(pi*-0.042638428247) q[4];
rz(pi*-0.001272471505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.026249448624) q[0];
rz(pi*0.040102288888) q[1];
rz(pi*-0.067653455359) q[2];
rz(pi*-0.007766828663) q[3];
rz(pi*0.041185566376) q[4];
rz(pi*-0.009069828357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.019776313521) q[0];
rz(pi*-0.012267434778) q[1];
rz(pi*0.05763745726) q[2];
rz(pi*0.027526165133) q[3];
rz(pi*-0.009414872676) q[4];
rz(pi*-0.06362316943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.032161193165) q[0];
rz(pi*0.007118054963) q[1];
rz(pi*0.053754418826) q[2];
rz(pi*0.000600261385) q[3];
rz(pi*0.003891229918) q[4];
rz(pi*0.002194620711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005349356726) q[0];
rz(pi*-0.013128614911) q[1];
rz(pi*-0.049023896211) q[2];
rz(pi*-0.002351835717) q[3];
rz(pi*0.028071804756) q[4];
rz(pi*-0.001417540247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
