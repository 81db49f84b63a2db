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
ry(pi*-0.107017946264) q[0];
ry(pi*-0.012565682815) q[1];
ry(pi*0.000716738307) q[2];
ry(pi*-0.0016038968) q[3];
ry(pi*-0.001041235659) q[4];
ry(pi*-0.000613479165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120533012329) q[0];
ry(pi*0.047311757514) q[1];
ry(pi*-0.003468437651) q[2];
ry(pi*0.009499754378) q[3];
ry(pi*0.000637651668) q[4];
ry(pi*-0.000992558777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116507754179) q[0];
ry(pi*0.011670871115) q[1];
ry(pi*-0.002926413523) q[2];
ry(pi*-0.00109245311) q[3];
ry(pi*0.001526359034) q[4];
ry(pi*-0.00075552179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109066604587) q[0];
ry(pi*0.033718623335) q[1];
ry(pi*9.3811511e-05) q[2];
ry(pi*0.004892179615) q[3];
ry(pi*0.001735125812) q[4];
ry(pi*-0.001608193386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118345843462) q[0];
ry(pi*0.032867731175) q[1];
ry(pi*0.006168510444) q[2];
ry(pi*-0.000858093059) q[3];
ry(pi*-0.000774909493) q[4];
ry(pi*0.003190463478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
