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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000337860132) q[0];
ry(pi*-0.003923842589) q[1];
ry(pi*-0.003728274174) q[2];
ry(pi*-0.009016160976) q[3];
ry(pi*-0.011845972975) q[4];
ry(pi*0.002981153161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00621673324) q[0];
ry(pi*0.006968514137) q[1];
ry(pi*0.00357673617) q[2];
ry(pi*0.001046592199) q[3];
ry(pi*0.002124693833) q[4];
ry(pi*-0.000215427324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001783474747) q[0];
ry(pi*0.004098933777) q[1];
ry(pi*0.000814650284) q[2];
ry(pi*0.009095908178) q[3];
ry(pi*-0.000115458906) q[4];
ry(pi*0.181853577951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000436362821) q[0];
ry(pi*5.3787448e-05) q[1];
ry(pi*-0.000689749129) q[2];
ry(pi*0.000813967636) q[3];
ry(pi*8.3203864e-05) q[4];
ry(pi*-0.014809222087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.226827129296) q[0];
ry(pi*-0.015427696903) q[1];
ry(pi*-0.000503660788) q[2];
ry(pi*0.000697017247) q[3];
ry(pi*-0.005781783592) q[4];
ry(pi*0.004941655798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
