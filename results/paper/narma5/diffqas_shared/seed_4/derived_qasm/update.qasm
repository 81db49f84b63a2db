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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009349715517) q[0];
ry(pi*-0.014770137041) q[1];
ry(pi*0.04381453939) q[2];
ry(pi*0.021638537325) q[3];
ry(pi*0.49650614448) q[4];
ry(pi*-0.316142780997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025451597151) q[0];
ry(pi*0.499164757669) q[1];
ry(pi*0.004830689829) q[2];
ry(pi*-0.167354528272) q[3];
ry(pi*-0.193101837041) q[4];
ry(pi*0.197175342889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014606944138) q[0];
ry(pi*-0.019379606411) q[1];
ry(pi*-0.054913810235) q[2];
ry(pi*-0.070512349616) q[3];
ry(pi*-0.056767177323) q[4];
ry(pi*-0.009837672651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000302686789) q[0];
ry(pi*0.006211331935) q[1];
ry(pi*-0.01033558099) q[2];
ry(pi*-0.059775866166) q[3];
ry(pi*0.131115138247) q[4];
ry(pi*-0.027749581095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005828745292) q[0];
ry(pi*-0.000661608616) q[1];
ry(pi*0.009751351392) q[2];
ry(pi*0.006639100398) q[3];
ry(pi*-0.023889568462) q[4];
ry(pi*-0.004707744052) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
