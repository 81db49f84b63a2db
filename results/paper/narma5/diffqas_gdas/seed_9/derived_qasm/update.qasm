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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.066403298325) q[0];
rx(pi*-0.021800118731) q[1];
rx(pi*7.228506e-06) q[2];
rx(pi*0.004241787895) q[3];
rx(pi*0.000600848466) q[4];
rx(pi*-0.002613242234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.064569188576) q[0];
rx(pi*-0.018110029583) q[1];
rx(pi*-0.002095875267) q[2];
rx(pi*-0.002577617936) q[3];
rx(pi*0.004212212939) q[4];
rx(pi*0.001824895812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.063625318094) q[0];
rx(pi*-0.021328090998) q[1];
rx(pi*-0.0014387208) q[2];
rx(pi*-0.000789365244) q[3];
rx(pi*-0.004927087692) q[4];
rx(pi*0.003198996767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.068353383737) q[0];
rx(pi*-0.018068765043) q[1];
rx(pi*0.004998383424) q[2];
rx(pi*-0.002005546904) q[3];
rx(pi*0.001900223253) q[4];
rx(pi*-0.000490383459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.071851356027) q[0];
rx(pi*-0.021922303226) q[1];
rx(pi*0.002436761441) q[2];
rx(pi*-3.6027173e-05) q[3];
rx(pi*-0.000156504658) q[4];
rx(pi*0.000303818372) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
