// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002074711908) q[0];
rx(pi*-0.000556151822) q[1];
rx(pi*0.00529580081) q[2];
rx(pi*0.002098136137) q[3];
rx(pi*-0.005224727711) q[4];
rx(pi*-1.6558652e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001984554448) q[0];
rx(pi*0.000473102658) q[1];
rx(pi*-0.005119014525) q[2];
rx(pi*0.000769589341) q[3];
rx(pi*0.000749243515) q[4];
rx(pi*0.005015374705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001007917957) q[0];
rx(pi*0.001625114706) q[1];
rx(pi*-0.00475273407) q[2];
rx(pi*0.007170658685) q[3];
rx(pi*-0.006097689327) q[4];
rx(pi*0.003507147392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0010501215) q[0];
rx(pi*-0.002803188491) q[1];
rx(pi*-0.002089016322) q[2];
rx(pi*-0.002139085848) q[3];
rx(pi*0.001210178564) q[4];
rx(pi*-0.000350327451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004719172465) q[0];
rx(pi*-0.005823817121) q[1];
rx(pi*-9.803703e-06) q[2];
rx(pi*-0.002839500255) q[3];
rx(pi*0.002469676194) q[4];
rx(pi*-0.006741994352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
