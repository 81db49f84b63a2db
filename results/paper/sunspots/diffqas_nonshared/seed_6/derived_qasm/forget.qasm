// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.155777101497) q[0];
ry(pi*0.199612468221) q[1];
ry(pi*0.35345249961) q[2];
ry(pi*-0.011210962225) q[3];
ry(pi*0.055119185486) q[4];
ry(pi*-0.026791293697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081286992004) q[0];
ry(pi*0.231664269266) q[1];
ry(pi*-0.28424446948) q[2];
ry(pi*0.020394691101) q[3];
ry(pi*-0.3396503569) q[4];
ry(pi*0.158862117704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165664170289) q[0];
ry(pi*-0.114749672973) q[1];
ry(pi*0.009906144111) q[2];
ry(pi*-0.015112743362) q[3];
ry(pi*-0.039735192307) q[4];
ry(pi*-0.054653352355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092397907373) q[0];
ry(pi*-0.133401800204) q[1];
ry(pi*-0.148276709501) q[2];
ry(pi*-0.17701290905) q[3];
ry(pi*-0.219738341575) q[4];
ry(pi*-0.10581614602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160815343106) q[0];
ry(pi*0.076878294622) q[1];
ry(pi*0.126660896784) q[2];
ry(pi*0.10670135751) q[3];
ry(pi*0.078131591646) q[4];
ry(pi*-0.002656529744) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
