// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.278013648383) q[0];
ry(pi*0.266203511371) q[1];
ry(pi*0.148668781332) q[2];
ry(pi*-0.41417466477) q[3];
ry(pi*-0.003414258895) q[4];
ry(pi*0.005211402913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062371081919) q[0];
ry(pi*0.230223213188) q[1];
ry(pi*-0.477226873074) q[2];
ry(pi*-0.000687887798) q[3];
ry(pi*0.03873021772) q[4];
ry(pi*-0.034392255485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02389749907) q[0];
ry(pi*0.245462067218) q[1];
ry(pi*-0.488348014754) q[2];
ry(pi*0.011865212527) q[3];
ry(pi*-0.501045336421) q[4];
ry(pi*0.011904557263) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.447855769496) q[0];
ry(pi*-0.036185348525) q[1];
ry(pi*-0.585358064282) q[2];
ry(pi*-0.224267041586) q[3];
ry(pi*-0.020519510437) q[4];
ry(pi*-0.011630505409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.388283846138) q[0];
ry(pi*0.003077181055) q[1];
ry(pi*0.052758596217) q[2];
ry(pi*0.21409155857) q[3];
ry(pi*0.292108578536) q[4];
ry(pi*0.002836788634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
