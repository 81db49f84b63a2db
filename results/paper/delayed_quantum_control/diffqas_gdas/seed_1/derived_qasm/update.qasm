// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056334897496) q[0];
ry(pi*0.010732445812) q[1];
ry(pi*0.013959841818) q[2];
ry(pi*0.014067200297) q[3];
ry(pi*0.503874932012) q[4];
ry(pi*0.001483531614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015627286651) q[0];
ry(pi*0.489117815019) q[1];
ry(pi*0.001431095682) q[2];
ry(pi*0.01250913454) q[3];
ry(pi*-0.493427360821) q[4];
ry(pi*-0.499733332972) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.539124248171) q[0];
ry(pi*0.512574581903) q[1];
ry(pi*-0.003879154061) q[2];
ry(pi*0.056176712213) q[3];
ry(pi*-0.498611588237) q[4];
ry(pi*0.000588188455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000319052469) q[0];
ry(pi*0.00654230144) q[1];
ry(pi*-0.003350666691) q[2];
ry(pi*-0.039895685152) q[3];
ry(pi*-0.498982619291) q[4];
ry(pi*0.001157397418) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.49135766172) q[0];
ry(pi*-0.523483570318) q[1];
ry(pi*0.016599578309) q[2];
ry(pi*0.035517863545) q[3];
ry(pi*0.510641866041) q[4];
ry(pi*0.002706012152) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
