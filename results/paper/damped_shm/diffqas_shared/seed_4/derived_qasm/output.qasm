// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.008617618845) q[0];
ry(pi*0.015652968637) q[1];
ry(pi*0.00226557108) q[2];
ry(pi*0.001124524168) q[3];
ry(pi*-0.214004644412) q[4];
ry(pi*-0.483181280211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003672152786) q[0];
ry(pi*0.0005341348) q[1];
ry(pi*-0.50201693083) q[2];
ry(pi*0.007204340648) q[3];
ry(pi*0.010774017474) q[4];
ry(pi*-0.015411667302) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.507658477357) q[0];
ry(pi*-0.429323189548) q[1];
ry(pi*-0.396901799378) q[2];
ry(pi*-0.009196173813) q[3];
ry(pi*-0.511966808904) q[4];
ry(pi*-0.015818515347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.196355283815) q[0];
ry(pi*-0.504641696637) q[1];
ry(pi*7.2400654e-05) q[2];
ry(pi*-0.010253832164) q[3];
ry(pi*-0.002061420609) q[4];
ry(pi*0.412619165078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017553957321) q[0];
ry(pi*-0.140367948084) q[1];
ry(pi*-0.311288831172) q[2];
ry(pi*-0.493922359808) q[3];
ry(pi*-0.095863972244) q[4];
ry(pi*-0.005427618125) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
