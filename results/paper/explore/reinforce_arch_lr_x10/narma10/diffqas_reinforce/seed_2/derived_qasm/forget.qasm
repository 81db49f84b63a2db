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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082755141166) q[0];
ry(pi*0.062458332842) q[1];
ry(pi*0.051783240461) q[2];
ry(pi*-0.07339636379) q[3];
ry(pi*-0.026379639618) q[4];
ry(pi*0.000316104727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.092714590991) q[0];
ry(pi*0.117427979874) q[1];
ry(pi*-0.002338538044) q[2];
ry(pi*0.01873902123) q[3];
ry(pi*0.016876452359) q[4];
ry(pi*0.006779761978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09976898112) q[0];
ry(pi*0.103990740019) q[1];
ry(pi*0.111786547183) q[2];
ry(pi*0.082425565566) q[3];
ry(pi*-0.032346656517) q[4];
ry(pi*0.0071802251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.168802452485) q[0];
ry(pi*0.08823868265) q[1];
ry(pi*0.084107376326) q[2];
ry(pi*0.00664890338) q[3];
ry(pi*-0.116076010332) q[4];
ry(pi*0.007770110356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109357143759) q[0];
ry(pi*0.086398449447) q[1];
ry(pi*0.088442611229) q[2];
ry(pi*-0.070956553814) q[3];
ry(pi*-0.051966384394) q[4];
ry(pi*-0.002454325166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
