// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.097834652575) q[0];
ry(pi*0.024120713447) q[1];
ry(pi*0.047433320651) q[2];
ry(pi*0.039875270475) q[3];
ry(pi*-0.057946793681) q[4];
ry(pi*-0.000949259409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08182534372) q[0];
ry(pi*-0.013764920551) q[1];
ry(pi*-0.030827076979) q[2];
ry(pi*-0.002237572047) q[3];
ry(pi*-0.001595016813) q[4];
ry(pi*0.002735913499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090271138247) q[0];
ry(pi*0.031441004264) q[1];
ry(pi*0.013269762667) q[2];
ry(pi*-0.034642017479) q[3];
ry(pi*-0.000358150819) q[4];
ry(pi*-0.00350188038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087989115127) q[0];
ry(pi*-0.012491859853) q[1];
ry(pi*-0.026528300583) q[2];
ry(pi*-0.018287519638) q[3];
ry(pi*-0.005607122255) q[4];
ry(pi*-0.001102257203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094462550236) q[0];
ry(pi*0.042253068026) q[1];
ry(pi*0.047406948532) q[2];
ry(pi*0.037307916203) q[3];
ry(pi*0.020800793279) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
