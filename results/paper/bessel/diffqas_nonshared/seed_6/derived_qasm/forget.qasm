// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.007001293116) q[0];
ry(pi*0.019196917823) q[1];
ry(pi*0.413516917553) q[2];
ry(pi*-0.010199712401) q[3];
ry(pi*0.001000679113) q[4];
ry(pi*0.031049748261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004566232553) q[0];
ry(pi*0.019195729655) q[1];
ry(pi*-0.010575371619) q[2];
ry(pi*-0.0011089949) q[3];
ry(pi*-0.135213261235) q[4];
ry(pi*0.200844197974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002987583736) q[0];
ry(pi*-0.012471511581) q[1];
ry(pi*0.002582672395) q[2];
ry(pi*-0.04095272333) q[3];
ry(pi*-0.156452512342) q[4];
ry(pi*-0.02449820235) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004987108869) q[0];
ry(pi*-0.010217882364) q[1];
ry(pi*0.020870764773) q[2];
ry(pi*0.310053743243) q[3];
ry(pi*0.220075126819) q[4];
ry(pi*0.013424167631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.513156324293) q[0];
ry(pi*0.363718653388) q[1];
ry(pi*0.077875027923) q[2];
ry(pi*0.06892683978) q[3];
ry(pi*0.007341559267) q[4];
ry(pi*-0.000860599166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
