// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.406368100058) q[0];
ry(pi*-0.191727887571) q[1];
ry(pi*-0.242122351359) q[2];
ry(pi*-0.295682475019) q[3];
ry(pi*-0.01059367202) q[4];
ry(pi*-0.330777827331) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.413274749401) q[0];
ry(pi*0.435802003431) q[1];
ry(pi*-0.541721427603) q[2];
ry(pi*-0.288186342405) q[3];
ry(pi*0.383734257132) q[4];
ry(pi*-0.164027619019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.305808325327) q[0];
ry(pi*-0.122009575905) q[1];
ry(pi*0.048400437492) q[2];
ry(pi*-0.08640427408) q[3];
ry(pi*-0.041884062312) q[4];
ry(pi*-0.01255106787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00253012737) q[0];
ry(pi*0.011775842585) q[1];
ry(pi*-0.059831517978) q[2];
ry(pi*-0.030768648031) q[3];
ry(pi*-0.086948336593) q[4];
ry(pi*0.010008387656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025399090072) q[0];
ry(pi*-0.242541516274) q[1];
ry(pi*-0.067894570523) q[2];
ry(pi*0.363534200335) q[3];
ry(pi*0.126195770388) q[4];
ry(pi*0.002312144729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
