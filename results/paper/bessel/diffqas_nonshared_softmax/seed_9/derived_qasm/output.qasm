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
ry(pi*0.098658819248) q[0];
ry(pi*-0.242705934106) q[1];
ry(pi*0.18135578997) q[2];
ry(pi*-0.05037313842) q[3];
ry(pi*0.011298362558) q[4];
ry(pi*0.074221118619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062155219482) q[0];
ry(pi*-0.045901527407) q[1];
ry(pi*-0.054279494361) q[2];
ry(pi*0.018959930418) q[3];
ry(pi*-0.056024806908) q[4];
ry(pi*-0.001569869325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121769067869) q[0];
ry(pi*-0.241635814218) q[1];
ry(pi*-0.03727496054) q[2];
ry(pi*0.000590564162) q[3];
ry(pi*0.056217626943) q[4];
ry(pi*0.007404082178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015505087926) q[0];
ry(pi*0.012259950029) q[1];
ry(pi*0.329813784075) q[2];
ry(pi*0.415622930493) q[3];
ry(pi*0.131164733009) q[4];
ry(pi*-0.040884245941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.238032453057) q[0];
ry(pi*-0.023799969661) q[1];
ry(pi*0.039385787814) q[2];
ry(pi*-0.075824230422) q[3];
ry(pi*0.139932533011) q[4];
ry(pi*0.002370981442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
