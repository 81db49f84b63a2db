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
ry(pi*-4.5773e-08) q[0];
ry(pi*9.08315e-07) q[1];
ry(pi*-0.003796462822) q[2];
ry(pi*-0.044456937655) q[3];
ry(pi*-1.9677359e-05) q[4];
ry(pi*-0.003348263378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.678699e-06) q[0];
ry(pi*-1.071e-09) q[1];
ry(pi*-0.000105418423) q[2];
ry(pi*9.9842473e-05) q[3];
ry(pi*-0.00186145689) q[4];
ry(pi*-0.039491060476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.0839e-07) q[0];
ry(pi*7.362254e-06) q[1];
ry(pi*1.8927018e-05) q[2];
ry(pi*0.004938896152) q[3];
ry(pi*-0.004113040608) q[4];
ry(pi*-0.007490480514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.131565e-06) q[0];
ry(pi*-4.76571e-07) q[1];
ry(pi*-0.000168747694) q[2];
ry(pi*0.000288940514) q[3];
ry(pi*0.002232148361) q[4];
ry(pi*-0.026555260857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000226776047) q[0];
ry(pi*-1.195114e-06) q[1];
ry(pi*0.00380302591) q[2];
ry(pi*0.045387584131) q[3];
ry(pi*0.004273455189) q[4];
ry(pi*0.003795155481) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
