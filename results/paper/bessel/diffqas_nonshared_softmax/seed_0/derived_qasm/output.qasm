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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.095790244147) q[0];
ry(pi*-0.218107159592) q[1];
ry(pi*-0.514225818081) q[2];
ry(pi*-0.494903478537) q[3];
ry(pi*0.089894462801) q[4];
ry(pi*0.013478249449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109289904341) q[0];
ry(pi*0.355426538117) q[1];
ry(pi*0.026193298777) q[2];
ry(pi*-0.534097760179) q[3];
ry(pi*-0.132308723291) q[4];
ry(pi*0.001521563079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009915134229) q[0];
ry(pi*0.323276799748) q[1];
ry(pi*0.021881231971) q[2];
ry(pi*0.038871465083) q[3];
ry(pi*0.093494124275) q[4];
ry(pi*-0.016392121985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006783075094) q[0];
ry(pi*0.214641711335) q[1];
ry(pi*-0.077685419025) q[2];
ry(pi*0.210301714272) q[3];
ry(pi*0.049066897944) q[4];
ry(pi*0.022958115643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.269914979247) q[0];
ry(pi*0.037296430576) q[1];
ry(pi*-0.084208197508) q[2];
ry(pi*0.287425117822) q[3];
ry(pi*-0.197256223712) q[4];
ry(pi*-0.001741207763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
