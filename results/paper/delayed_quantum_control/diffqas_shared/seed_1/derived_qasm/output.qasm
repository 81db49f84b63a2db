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
ry(pi*0.285635760042) q[0];
ry(pi*-0.704398547468) q[1];
ry(pi*0.50077182529) q[2];
ry(pi*-0.243591259431) q[3];
ry(pi*-0.550808538948) q[4];
ry(pi*-0.102248301844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.149124554164) q[0];
ry(pi*-0.536495422196) q[1];
ry(pi*-0.199120789465) q[2];
ry(pi*-0.157008546659) q[3];
ry(pi*-0.146437813876) q[4];
ry(pi*0.529253903856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.405803319305) q[0];
ry(pi*-0.348328947041) q[1];
ry(pi*-0.309392884495) q[2];
ry(pi*0.314458778884) q[3];
ry(pi*0.450009821433) q[4];
ry(pi*0.464297666485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148592975719) q[0];
ry(pi*-0.224427418222) q[1];
ry(pi*0.159248668466) q[2];
ry(pi*0.044778535214) q[3];
ry(pi*0.004897633983) q[4];
ry(pi*-0.284773334822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.188320116466) q[0];
ry(pi*0.320489854894) q[1];
ry(pi*0.388759037577) q[2];
ry(pi*-0.204096107956) q[3];
ry(pi*-0.083402377481) q[4];
ry(pi*0.002119586607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
