// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.001669983624) q[0];
rz(pi*-0.002586867151) q[1];
rz(pi*-0.002782908106) q[2];
rz(pi*0.003765113914) q[3];
rz(pi*-0.001537412142) q[4];
rz(pi*-0.003100717934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001249585777) q[0];
rz(pi*-6.072079e-06) q[1];
rz(pi*-0.004757238615) q[2];
rz(pi*-0.001539302154) q[3];
rz(pi*-0.003072241915) q[4];
rz(pi*0.005916920544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000226043632) q[0];
rz(pi*4.652335e-05) q[1];
rz(pi*-0.000740249025) q[2];
rz(pi*0.009961298482) q[3];
rz(pi*-0.004825988145) q[4];
rz(pi*0.005564048782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002072042976) q[0];
rz(pi*-0.003987710787) q[1];
rz(pi*0.003438136394) q[2];
rz(pi*0.000615197236) q[3];
rz(pi*0.004288594256) q[4];
rz(pi*0.008855936122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002673872614) q[0];
rz(pi*-0.001636178338) q[1];
rz(pi*-0.00074402764) q[2];
rz(pi*-0.000522752041) q[3];
rz(pi*0.000809493032) q[4];
rz(pi*-0.006638144646) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
