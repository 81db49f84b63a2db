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
rz(pi*0.002689699443) q[0];
rz(pi*0.00267594509) q[1];
rz(pi*-0.001930919084) q[2];
rz(pi*-0.000222886837) q[3];
rz(pi*0.004298439334) q[4];
rz(pi*-0.001262278693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600982757) q[0];
rz(pi*-6.7546507e-05) q[1];
rz(pi*0.001939214028) q[2];
rz(pi*-0.001161530216) q[3];
rz(pi*-0.000484988269) q[4];
rz(pi*0.000771524932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327970365) q[0];
rz(pi*-0.002753313287) q[1];
rz(pi*0.002851346068) q[2];
rz(pi*-0.004133203302) q[3];
rz(pi*-0.003823279615) q[4];
rz(pi*-0.004082303274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077977021) q[0];
rz(pi*-0.001147857461) q[1];
rz(pi*-0.00309090517) q[2];
rz(pi*-0.003616047703) q[3];
rz(pi*0.001340515783) q[4];
rz(pi*-0.003357661706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049135057) q[0];
rz(pi*0.001954420834) q[1];
rz(pi*-0.003809258754) q[2];
rz(pi*-0.001026359097) q[3];
rz(pi*-2.1530349e-05) q[4];
rz(pi*-0.001417546324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
