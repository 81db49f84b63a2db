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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.325493044352) q[0];
ry(pi*0.089531305437) q[1];
ry(pi*-0.139356093504) q[2];
ry(pi*0.002450744801) q[3];
ry(pi*-0.506051827137) q[4];
ry(pi*0.114150523087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001198354615) q[0];
ry(pi*-0.010326069715) q[1];
ry(pi*-0.226056513203) q[2];
ry(pi*0.007527364128) q[3];
ry(pi*0.013116799632) q[4];
ry(pi*0.108910107878) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222618727212) q[0];
ry(pi*-0.089520737617) q[1];
ry(pi*0.010175607525) q[2];
ry(pi*-0.151300937024) q[3];
ry(pi*0.011131465226) q[4];
ry(pi*-0.079332381591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03189932893) q[0];
ry(pi*-0.005417482527) q[1];
ry(pi*-0.00071515223) q[2];
ry(pi*0.001552769988) q[3];
ry(pi*0.010557130508) q[4];
ry(pi*-0.289199221513) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006080502389) q[0];
ry(pi*-0.181430390814) q[1];
ry(pi*-0.068353473858) q[2];
ry(pi*-0.006859290993) q[3];
ry(pi*-0.002964115633) q[4];
ry(pi*0.00237090066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
