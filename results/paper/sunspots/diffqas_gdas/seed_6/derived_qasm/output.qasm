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
ry(pi*0.46771427889) q[0];
ry(pi*-0.324852827954) q[1];
ry(pi*0.433242883331) q[2];
ry(pi*0.510534707962) q[3];
ry(pi*0.505734678686) q[4];
ry(pi*0.020997583361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002172770776) q[0];
ry(pi*-0.102914928307) q[1];
ry(pi*0.172476904531) q[2];
ry(pi*0.498441288854) q[3];
ry(pi*-0.49881626624) q[4];
ry(pi*0.023314537682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001151710263) q[0];
ry(pi*-0.476818162143) q[1];
ry(pi*0.358558673143) q[2];
ry(pi*0.000358887754) q[3];
ry(pi*0.040483446646) q[4];
ry(pi*-0.002424000045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00558351067) q[0];
ry(pi*-0.132498574091) q[1];
ry(pi*0.004781675217) q[2];
ry(pi*0.004561681168) q[3];
ry(pi*0.002801558613) q[4];
ry(pi*-0.2996091318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002461878839) q[0];
ry(pi*0.144795713077) q[1];
ry(pi*0.04548058854) q[2];
ry(pi*0.058674445987) q[3];
ry(pi*-0.049418244772) q[4];
ry(pi*-0.000607941383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
