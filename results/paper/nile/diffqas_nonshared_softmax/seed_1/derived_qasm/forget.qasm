// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.074910014345) q[0];
rx(pi*-0.090612268251) q[1];
rx(pi*-0.002683828564) q[2];
rx(pi*0.001128260095) q[3];
rx(pi*0.000649120027) q[4];
rx(pi*0.003786840674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.210347969831) q[0];
rx(pi*-0.093898262774) q[1];
rx(pi*0.001225711242) q[2];
rx(pi*0.004407154957) q[3];
rx(pi*0.007294079373) q[4];
rx(pi*-0.005344683501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003060646898) q[0];
rx(pi*-0.086907839263) q[1];
rx(pi*-0.004077298026) q[2];
rx(pi*-0.002534156114) q[3];
rx(pi*0.002171049295) q[4];
rx(pi*0.003241832192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.206398090407) q[0];
rx(pi*-0.08968544004) q[1];
rx(pi*4.0012978e-05) q[2];
rx(pi*0.006845978053) q[3];
rx(pi*0.000528809832) q[4];
rx(pi*0.003152081906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020416647313) q[0];
rx(pi*-0.091778703293) q[1];
rx(pi*-0.000648332954) q[2];
rx(pi*0.004917221567) q[3];
rx(pi*0.002369716494) q[4];
rx(pi*-0.002392880588) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
