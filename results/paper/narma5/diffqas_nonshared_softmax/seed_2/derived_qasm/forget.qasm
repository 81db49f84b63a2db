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
ry(pi*0.092916470513) q[0];
ry(pi*0.020314049809) q[1];
ry(pi*0.035672261394) q[2];
ry(pi*0.04145467583) q[3];
ry(pi*-0.035196147406) q[4];
ry(pi*0.000996790218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076396875379) q[0];
ry(pi*-0.015246726534) q[1];
ry(pi*-0.015523131009) q[2];
ry(pi*-0.003732114673) q[3];
ry(pi*0.004178099345) q[4];
ry(pi*0.00213244924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084116606568) q[0];
ry(pi*0.023475881928) q[1];
ry(pi*0.008857442084) q[2];
ry(pi*-0.018972619628) q[3];
ry(pi*-0.000378428573) q[4];
ry(pi*-0.005696767895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081485133895) q[0];
ry(pi*-0.01212725226) q[1];
ry(pi*-0.020935642083) q[2];
ry(pi*-0.006226260523) q[3];
ry(pi*0.000858634746) q[4];
ry(pi*0.00316303096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.089404131109) q[0];
ry(pi*0.041122344438) q[1];
ry(pi*0.033945603802) q[2];
ry(pi*0.040780735373) q[3];
ry(pi*0.011281319102) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
