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
ry(pi*0.031356905188) q[0];
ry(pi*0.064887655632) q[1];
ry(pi*0.00859793877) q[2];
ry(pi*0.01488428302) q[3];
ry(pi*-0.031561251167) q[4];
ry(pi*-0.002260260193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.044737146165) q[0];
ry(pi*0.033792505586) q[1];
ry(pi*0.006864153353) q[2];
ry(pi*-0.004393638356) q[3];
ry(pi*-0.00218178372) q[4];
ry(pi*-0.001871388679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067498889127) q[0];
ry(pi*0.072667188922) q[1];
ry(pi*-0.016385138828) q[2];
ry(pi*-0.093954184948) q[3];
ry(pi*-0.014147324582) q[4];
ry(pi*0.00157456182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046649276596) q[0];
ry(pi*0.016276672815) q[1];
ry(pi*0.007518215114) q[2];
ry(pi*-0.001455102434) q[3];
ry(pi*-0.000318667271) q[4];
ry(pi*0.001443181471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062869994035) q[0];
ry(pi*0.04750992312) q[1];
ry(pi*0.022015234116) q[2];
ry(pi*0.014720962051) q[3];
ry(pi*0.089406256057) q[4];
ry(pi*-0.001060015862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
