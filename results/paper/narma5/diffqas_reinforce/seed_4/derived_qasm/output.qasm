// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.002524727252) q[0];
ry(pi*-0.002881565504) q[1];
ry(pi*-0.000318375417) q[2];
ry(pi*-0.002844411825) q[3];
ry(pi*0.003068107339) q[4];
ry(pi*-0.000884251068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00311812128) q[0];
ry(pi*0.003695320883) q[1];
ry(pi*0.001925710027) q[2];
ry(pi*-0.00017832593) q[3];
ry(pi*0.001309368905) q[4];
ry(pi*0.000232311531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003377423602) q[0];
ry(pi*0.002807169803) q[1];
ry(pi*0.00204641361) q[2];
ry(pi*0.003955999025) q[3];
ry(pi*-0.000985015034) q[4];
ry(pi*0.002319010343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004184981413) q[0];
ry(pi*0.002331886169) q[1];
ry(pi*-0.002494538942) q[2];
ry(pi*0.000918169598) q[3];
ry(pi*0.001994371511) q[4];
ry(pi*-0.000840410384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041075007432) q[0];
ry(pi*-0.034353555823) q[1];
ry(pi*0.050170917389) q[2];
ry(pi*-0.109640245614) q[3];
ry(pi*0.064282339603) q[4];
ry(pi*-0.005427566542) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
