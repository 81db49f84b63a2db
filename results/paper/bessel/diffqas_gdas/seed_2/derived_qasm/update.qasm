// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.042714608572) q[0];
ry(pi*-0.24189414715) q[1];
ry(pi*-0.001371049604) q[2];
ry(pi*0.027781545432) q[3];
ry(pi*-0.022056504585) q[4];
ry(pi*0.058289645462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082301332014) q[0];
ry(pi*-0.408022371875) q[1];
ry(pi*0.060813390874) q[2];
ry(pi*0.403416282026) q[3];
ry(pi*-0.047753865224) q[4];
ry(pi*-0.449956204448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043381111712) q[0];
ry(pi*0.033061582853) q[1];
ry(pi*0.077050809074) q[2];
ry(pi*0.055655877086) q[3];
ry(pi*0.028905756624) q[4];
ry(pi*-0.023470569559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108991330211) q[0];
ry(pi*0.187377740088) q[1];
ry(pi*0.001949290336) q[2];
ry(pi*0.070988527637) q[3];
ry(pi*0.10979340312) q[4];
ry(pi*0.415656588147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.144875275294) q[0];
ry(pi*0.020924739868) q[1];
ry(pi*-0.451031845406) q[2];
ry(pi*-0.023805182423) q[3];
ry(pi*-0.080518813909) q[4];
ry(pi*0.000158032668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
