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
ry(pi*-0.059103102019) q[0];
ry(pi*-0.223362876322) q[1];
ry(pi*0.161526460663) q[2];
ry(pi*-0.03605011078) q[3];
ry(pi*-0.559306925932) q[4];
ry(pi*-0.064356774436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104121746842) q[0];
ry(pi*0.212459541786) q[1];
ry(pi*-0.370942185563) q[2];
ry(pi*-0.09888217592) q[3];
ry(pi*0.356328995834) q[4];
ry(pi*-0.130283401447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057066567282) q[0];
ry(pi*0.092990691902) q[1];
ry(pi*-0.349773835614) q[2];
ry(pi*-0.180267190626) q[3];
ry(pi*0.352164705388) q[4];
ry(pi*-0.095386304862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160922026867) q[0];
ry(pi*-0.118216553672) q[1];
ry(pi*0.215749681854) q[2];
ry(pi*0.094593974459) q[3];
ry(pi*-0.03991572986) q[4];
ry(pi*-0.149590828411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017983294) q[0];
ry(pi*-0.419090124243) q[1];
ry(pi*-0.039974222841) q[2];
ry(pi*-0.003236429109) q[3];
ry(pi*-0.002312972415) q[4];
ry(pi*-0.002516952575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
