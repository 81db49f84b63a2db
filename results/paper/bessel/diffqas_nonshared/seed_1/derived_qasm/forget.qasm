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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033917156538) q[0];
ry(pi*0.058631112232) q[1];
ry(pi*0.26337550949) q[2];
ry(pi*-0.188274600845) q[3];
ry(pi*-0.002089444691) q[4];
ry(pi*0.015711829215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.142912307386) q[0];
ry(pi*-0.210780605397) q[1];
ry(pi*-0.004045907022) q[2];
ry(pi*-0.116870674383) q[3];
ry(pi*-0.034154370431) q[4];
ry(pi*-0.036857386964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020226843945) q[0];
ry(pi*0.171308410946) q[1];
ry(pi*-0.171606738431) q[2];
ry(pi*0.085549646661) q[3];
ry(pi*-0.103425779025) q[4];
ry(pi*0.020328032724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.269947062164) q[0];
ry(pi*-0.121651740397) q[1];
ry(pi*-0.146621726206) q[2];
ry(pi*-0.403351964412) q[3];
ry(pi*-0.168400932226) q[4];
ry(pi*-0.010120291293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.034780003901) q[0];
ry(pi*0.251601724263) q[1];
ry(pi*0.054720530111) q[2];
ry(pi*-0.195271522521) q[3];
ry(pi*-0.30631288658) q[4];
ry(pi*-0.003584713321) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
