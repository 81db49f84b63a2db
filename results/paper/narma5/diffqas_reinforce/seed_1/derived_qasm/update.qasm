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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001886179121) q[0];
ry(pi*0.001270274224) q[1];
ry(pi*0.016774143003) q[2];
ry(pi*0.001972626964) q[3];
ry(pi*0.055492080612) q[4];
ry(pi*-0.004228781483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002759345732) q[0];
ry(pi*-0.011302135764) q[1];
ry(pi*0.002426038874) q[2];
ry(pi*0.424834389226) q[3];
ry(pi*0.009112756571) q[4];
ry(pi*0.000679775466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039059413865) q[0];
ry(pi*0.019624561185) q[1];
ry(pi*-0.05087842538) q[2];
ry(pi*-0.044881296359) q[3];
ry(pi*-0.006867420816) q[4];
ry(pi*-0.023402817877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001891113814) q[0];
ry(pi*0.164065241977) q[1];
ry(pi*-0.000599005145) q[2];
ry(pi*-0.162035670238) q[3];
ry(pi*-0.495386828257) q[4];
ry(pi*0.063540305954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000946289359) q[0];
ry(pi*-0.0019925691) q[1];
ry(pi*0.013681971698) q[2];
ry(pi*-0.033759841629) q[3];
ry(pi*0.003292621348) q[4];
ry(pi*-0.002555052521) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
