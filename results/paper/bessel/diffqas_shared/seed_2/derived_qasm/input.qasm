// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.005559880706) q[0];
ry(pi*-0.409272600057) q[1];
ry(pi*0.1145850749) q[2];
ry(pi*0.001501868626) q[3];
ry(pi*0.014965050007) q[4];
ry(pi*0.001938707841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.490128037942) q[0];
ry(pi*-0.332214785296) q[1];
ry(pi*-0.498768910261) q[2];
ry(pi*-0.368565090004) q[3];
ry(pi*0.005449201404) q[4];
ry(pi*0.000824180384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.25823869497) q[0];
ry(pi*-0.038682328133) q[1];
ry(pi*-0.00089284513) q[2];
ry(pi*0.131635399448) q[3];
ry(pi*0.241240801611) q[4];
ry(pi*0.009104366466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001228922528) q[0];
ry(pi*0.0030758248) q[1];
ry(pi*0.007919283585) q[2];
ry(pi*0.004705965654) q[3];
ry(pi*-0.523322339908) q[4];
ry(pi*0.008846755091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001592402131) q[0];
ry(pi*0.000441105267) q[1];
ry(pi*-0.183700176512) q[2];
ry(pi*0.038487207653) q[3];
ry(pi*0.200959666117) q[4];
ry(pi*-0.002454374376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
