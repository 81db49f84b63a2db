// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.007521350953) q[0];
ry(pi*-0.006485024493) q[1];
ry(pi*0.129941142565) q[2];
ry(pi*0.089761008494) q[3];
ry(pi*0.001790637848) q[4];
ry(pi*-0.002726619224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00955331148) q[0];
ry(pi*-0.241982085836) q[1];
ry(pi*-0.246999713555) q[2];
ry(pi*-0.079450591296) q[3];
ry(pi*-0.003156604831) q[4];
ry(pi*-0.000715766398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092546255287) q[0];
ry(pi*-0.283421545522) q[1];
ry(pi*-0.174686964019) q[2];
ry(pi*-0.006752662966) q[3];
ry(pi*-0.001607781322) q[4];
ry(pi*0.018012119533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019077420344) q[0];
ry(pi*0.220178585212) q[1];
ry(pi*0.19348899493) q[2];
ry(pi*0.438837187716) q[3];
ry(pi*0.49529852909) q[4];
ry(pi*-0.091725219117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042251066401) q[0];
ry(pi*0.007533411692) q[1];
ry(pi*0.00921153581) q[2];
ry(pi*-0.013937494293) q[3];
ry(pi*-0.01985825919) q[4];
ry(pi*-9.1600444e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
