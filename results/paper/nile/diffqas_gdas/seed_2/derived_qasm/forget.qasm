// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
ry(pi*0.294313743055) q[0];
ry(pi*0.500977641657) q[1];
ry(pi*0.12383873851) q[2];
ry(pi*0.095605269343) q[3];
ry(pi*0.118739698731) q[4];
ry(pi*-0.059727509375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011444158638) q[0];
ry(pi*0.001139800046) q[1];
ry(pi*0.276558116098) q[2];
ry(pi*-0.106562344187) q[3];
ry(pi*0.051153824299) q[4];
ry(pi*-0.000344099831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.185332136377) q[0];
ry(pi*-0.002127386481) q[1];
ry(pi*-0.096099395584) q[2];
ry(pi*0.158165922214) q[3];
ry(pi*-0.174709977962) q[4];
ry(pi*-0.014066307392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016191808901) q[0];
ry(pi*0.002864187653) q[1];
ry(pi*-0.002411959761) q[2];
ry(pi*0.082223363508) q[3];
ry(pi*0.122886970622) q[4];
ry(pi*-0.060215943792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094505267377) q[0];
ry(pi*0.002112840757) q[1];
ry(pi*0.140024484432) q[2];
ry(pi*0.119519355338) q[3];
ry(pi*-0.09705242516) q[4];
ry(pi*-0.004617391381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
