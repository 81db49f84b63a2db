// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.060675174407) q[0];
ry(pi*0.121712908536) q[1];
ry(pi*0.170610024104) q[2];
ry(pi*0.020369002001) q[3];
ry(pi*-0.044771984873) q[4];
ry(pi*0.421619153565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12016550072) q[0];
ry(pi*0.026435293802) q[1];
ry(pi*-0.093896754441) q[2];
ry(pi*-0.002836968282) q[3];
ry(pi*-0.242787972267) q[4];
ry(pi*0.01533854989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056803747294) q[0];
ry(pi*-0.409828463619) q[1];
ry(pi*-0.331108901778) q[2];
ry(pi*0.027102427786) q[3];
ry(pi*-0.023495698963) q[4];
ry(pi*-0.034201131139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13407103542) q[0];
ry(pi*0.399122028259) q[1];
ry(pi*0.096260625994) q[2];
ry(pi*-0.515840095345) q[3];
ry(pi*-0.051875291489) q[4];
ry(pi*-0.171607345559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025171817899) q[0];
ry(pi*-0.01441344227) q[1];
ry(pi*-0.064107135765) q[2];
ry(pi*0.009330031291) q[3];
ry(pi*-0.199923222856) q[4];
ry(pi*0.002336948928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
