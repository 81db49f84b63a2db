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
ry(pi*-0.149708174855) q[0];
ry(pi*-0.0450590046) q[1];
ry(pi*0.019467677906) q[2];
ry(pi*-0.058259720696) q[3];
ry(pi*0.029647491452) q[4];
ry(pi*-0.011566823381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042070270345) q[0];
ry(pi*0.087377016341) q[1];
ry(pi*-0.495453119038) q[2];
ry(pi*0.030927374038) q[3];
ry(pi*-0.057774312432) q[4];
ry(pi*-0.004744387246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008162387923) q[0];
ry(pi*0.001654719159) q[1];
ry(pi*0.000885243506) q[2];
ry(pi*-0.086509440021) q[3];
ry(pi*-0.132395798716) q[4];
ry(pi*-0.091829891766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026840855257) q[0];
ry(pi*-0.736393050815) q[1];
ry(pi*-0.020459758139) q[2];
ry(pi*-0.545635353671) q[3];
ry(pi*0.482766422109) q[4];
ry(pi*-0.009359931156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002505004191) q[0];
ry(pi*0.035293776422) q[1];
ry(pi*0.050999741872) q[2];
ry(pi*-0.144557396393) q[3];
ry(pi*-0.032279087448) q[4];
ry(pi*0.000713897138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
