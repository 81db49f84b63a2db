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
ry(pi*0.319009373446) q[0];
ry(pi*-0.191386852431) q[1];
ry(pi*0.250978621283) q[2];
ry(pi*-0.317014730535) q[3];
ry(pi*0.021002162908) q[4];
ry(pi*0.003413151361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.155426077206) q[0];
ry(pi*-0.065004148303) q[1];
ry(pi*-0.099399069459) q[2];
ry(pi*-0.064462315088) q[3];
ry(pi*0.026476851234) q[4];
ry(pi*-0.000309795881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018179352446) q[0];
ry(pi*-0.019574646257) q[1];
ry(pi*0.430171195479) q[2];
ry(pi*0.037414412607) q[3];
ry(pi*0.000191594736) q[4];
ry(pi*0.002817890592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.20854901184) q[0];
ry(pi*0.008314883754) q[1];
ry(pi*-0.018590119549) q[2];
ry(pi*0.165382292177) q[3];
ry(pi*0.030453015029) q[4];
ry(pi*0.002107045472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.099589005636) q[0];
ry(pi*-0.269563300396) q[1];
ry(pi*-0.345657166765) q[2];
ry(pi*-0.083627707319) q[3];
ry(pi*-0.50539635665) q[4];
ry(pi*-0.005564651166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
