// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*0.228560327743) q[0];
ry(pi*-0.11306622107) q[1];
ry(pi*-0.04029820148) q[2];
ry(pi*-0.136965527294) q[3];
ry(pi*0.102023503243) q[4];
ry(pi*1.50883e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.191154607026) q[0];
ry(pi*0.230436713518) q[1];
ry(pi*0.147710496305) q[2];
ry(pi*0.010539872423) q[3];
ry(pi*0.031768175068) q[4];
ry(pi*-6.82587e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080426739165) q[0];
ry(pi*-0.089788509491) q[1];
ry(pi*0.120639933249) q[2];
ry(pi*0.110760719174) q[3];
ry(pi*-0.142046561936) q[4];
ry(pi*-8.55666e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020223428851) q[0];
ry(pi*0.106169484987) q[1];
ry(pi*-0.170629509116) q[2];
ry(pi*-0.277326664161) q[3];
ry(pi*-0.215390755414) q[4];
ry(pi*1.717134e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035820474128) q[0];
ry(pi*-0.096706836561) q[1];
ry(pi*-0.075550026786) q[2];
ry(pi*-0.19771373255) q[3];
ry(pi*-0.128088795262) q[4];
ry(pi*-0.002293711518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
