// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.060190539283) q[0];
rz(pi*-0.046459406824) q[1];
rz(pi*-0.090598864005) q[2];
rz(pi*-0.049195552146) q[3];
rz(pi*-0.009074908903) q[4];
rz(pi*-0.028192983695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.046016739418) q[0];
rz(pi*-0.002383569564) q[1];
rz(pi*-0.026791068395) q[2];
rz(pi*-0.043513992094) q[3];
rz(pi*-0.02569432737) q[4];
rz(pi*-0.003076165124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.062502970974) q[0];
rz(pi*-0.027810986393) q[1];
rz(pi*0.005294255124) q[2];
rz(pi*-0.06798580098) q[3];
rz(pi*-0.023528600079) q[4];
rz(pi*0.041103101329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.077334949687) q[0];
rz(pi*-0.017946298328) q[1];
rz(pi*0.029710526034) q[2];
rz(pi*-0.002699349457) q[3];
rz(pi*0.002960174638) q[4];
rz(pi*0.014665807088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.04653337208) q[0];
rz(pi*-0.047463060433) q[1];
rz(pi*-0.041646305325) q[2];
rz(pi*-0.048234966673) q[3];
rz(pi*0.000675756579) q[4];
rz(pi*0.003707873727) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
