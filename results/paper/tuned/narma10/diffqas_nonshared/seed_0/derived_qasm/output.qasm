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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*5.249844e-06) q[0];
rz(pi*-0.001181473909) q[1];
rz(pi*0.002652321351) q[2];
rz(pi*0.002533963422) q[3];
rz(pi*0.001831382565) q[4];
rz(pi*-0.000408513681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003331436922) q[0];
rz(pi*0.003799775642) q[1];
rz(pi*-0.000990293312) q[2];
rz(pi*0.00034221712) q[3];
rz(pi*-0.004826455942) q[4];
rz(pi*-0.002170156094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003099006533) q[0];
rz(pi*-0.003041255564) q[1];
rz(pi*0.001063125022) q[2];
rz(pi*-0.000121372178) q[3];
rz(pi*0.005231667586) q[4];
rz(pi*0.000443751298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005975072016) q[0];
rz(pi*-0.001345377105) q[1];
rz(pi*0.001344356578) q[2];
rz(pi*0.001933574379) q[3];
rz(pi*0.001478104963) q[4];
rz(pi*0.004043812016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000804271524) q[0];
rz(pi*-0.006027928905) q[1];
rz(pi*-0.002035827558) q[2];
rz(pi*0.00067280602) q[3];
rz(pi*-0.002177901422) q[4];
rz(pi*0.001107645612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
