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
rx(pi*-0.026303643375) q[0];
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
ry(pi*0.255969819964) q[0];
ry(pi*0.164240455302) q[1];
ry(pi*0.110421457986) q[2];
ry(pi*0.14123985019) q[3];
ry(pi*0.155832615757) q[4];
ry(pi*2.204969e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.18037341904) q[0];
ry(pi*-0.263442578153) q[1];
ry(pi*0.218288595978) q[2];
ry(pi*-0.041615213734) q[3];
ry(pi*0.082689855941) q[4];
ry(pi*-9.75164e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093960730546) q[0];
ry(pi*0.088799289399) q[1];
ry(pi*-0.094120224949) q[2];
ry(pi*0.159500171209) q[3];
ry(pi*-0.145290104936) q[4];
ry(pi*-2.848226e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005833160014) q[0];
ry(pi*-0.016168231704) q[1];
ry(pi*-0.058139865105) q[2];
ry(pi*0.216940563282) q[3];
ry(pi*0.158442857925) q[4];
ry(pi*7.924436e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038491113667) q[0];
ry(pi*0.135844361228) q[1];
ry(pi*0.116507858529) q[2];
ry(pi*0.177704522622) q[3];
ry(pi*-0.062552651114) q[4];
ry(pi*0.001255661354) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
