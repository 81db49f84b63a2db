// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-3.5918343e-05) q[0];
ry(pi*-0.415742610585) q[1];
ry(pi*0.000140596537) q[2];
ry(pi*-0.000180447358) q[3];
ry(pi*0.000524363687) q[4];
ry(pi*-0.500145838453) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001371713057) q[0];
ry(pi*0.500132064238) q[1];
ry(pi*0.000575814036) q[2];
ry(pi*-0.000404041041) q[3];
ry(pi*-0.000486008832) q[4];
ry(pi*0.000416490869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008253680634) q[0];
ry(pi*-0.000169086851) q[1];
ry(pi*0.500108765704) q[2];
ry(pi*-0.500350820019) q[3];
ry(pi*0.011287277731) q[4];
ry(pi*-0.360948632224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034022908262) q[0];
ry(pi*-0.005671281566) q[1];
ry(pi*-0.499949887914) q[2];
ry(pi*0.00015643955) q[3];
ry(pi*0.001276113235) q[4];
ry(pi*-0.001490773571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020943022482) q[0];
ry(pi*-0.152403557229) q[1];
ry(pi*-0.499729158968) q[2];
ry(pi*-0.564181176597) q[3];
ry(pi*-0.500728036188) q[4];
ry(pi*0.000145793597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
