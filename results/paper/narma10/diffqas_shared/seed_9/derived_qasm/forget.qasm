// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.10090353246) q[0];
ry(pi*0.037921736766) q[1];
ry(pi*-0.182401776523) q[2];
ry(pi*0.035704318223) q[3];
ry(pi*-0.053707043875) q[4];
ry(pi*-0.002378012031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094158976787) q[0];
ry(pi*-0.028163751434) q[1];
ry(pi*-0.026028136265) q[2];
ry(pi*0.007590103448) q[3];
ry(pi*0.002211528245) q[4];
ry(pi*0.003239103674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077031537506) q[0];
ry(pi*0.017082656482) q[1];
ry(pi*0.168096893944) q[2];
ry(pi*-0.003663473347) q[3];
ry(pi*-0.008383212919) q[4];
ry(pi*0.001412679221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064421997999) q[0];
ry(pi*-0.036049297323) q[1];
ry(pi*0.019816279614) q[2];
ry(pi*0.015881471667) q[3];
ry(pi*-0.008390850636) q[4];
ry(pi*0.006493205305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090807592688) q[0];
ry(pi*0.032246238507) q[1];
ry(pi*-0.171637550173) q[2];
ry(pi*0.037938783779) q[3];
ry(pi*0.11913065117) q[4];
ry(pi*-0.003728173381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
