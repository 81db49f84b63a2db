// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095951721203) q[0];
rx(pi*0.104666625183) q[1];
rx(pi*0.014016803936) q[2];
rx(pi*-0.0010722604) q[3];
rx(pi*0.062836208315) q[4];
rx(pi*-0.001070780748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.224622856496) q[0];
rx(pi*0.106562107028) q[1];
rx(pi*-0.006706970067) q[2];
rx(pi*0.026571138675) q[3];
rx(pi*0.065031853258) q[4];
rx(pi*0.001632530827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090302405335) q[0];
rx(pi*0.087357047524) q[1];
rx(pi*0.068981182472) q[2];
rx(pi*0.002065955096) q[3];
rx(pi*0.059806886609) q[4];
rx(pi*-0.000576746109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.27510159723) q[0];
rx(pi*0.102886981449) q[1];
rx(pi*-0.005675495887) q[2];
rx(pi*0.02184039076) q[3];
rx(pi*0.068857674628) q[4];
rx(pi*0.000815959256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005707179783) q[0];
rx(pi*0.101768879482) q[1];
rx(pi*0.010764981702) q[2];
rx(pi*0.004687042709) q[3];
rx(pi*0.065959468838) q[4];
rx(pi*-0.005922483117) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
