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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.168403095119) q[0];
ry(pi*-0.001946066006) q[1];
ry(pi*0.163627047396) q[2];
ry(pi*-0.023740044237) q[3];
ry(pi*-0.521984761196) q[4];
ry(pi*-0.01537476768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.198781898245) q[0];
ry(pi*0.025795810226) q[1];
ry(pi*-0.127572964198) q[2];
ry(pi*-0.02653280661) q[3];
ry(pi*-0.054509387145) q[4];
ry(pi*-0.181764406037) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.187679956986) q[0];
ry(pi*-0.140545770161) q[1];
ry(pi*-0.434395667481) q[2];
ry(pi*-0.061293363445) q[3];
ry(pi*-0.410024452103) q[4];
ry(pi*-0.168271272468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017548707799) q[0];
ry(pi*-0.159270828635) q[1];
ry(pi*-0.018718927904) q[2];
ry(pi*-0.03249262098) q[3];
ry(pi*-0.003433881459) q[4];
ry(pi*-0.474892162634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080769415447) q[0];
ry(pi*-0.481991081802) q[1];
ry(pi*-0.494508010584) q[2];
ry(pi*-0.383909717103) q[3];
ry(pi*-0.081304257205) q[4];
ry(pi*0.002712448657) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
