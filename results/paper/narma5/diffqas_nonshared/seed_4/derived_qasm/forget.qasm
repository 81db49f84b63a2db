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
rz(pi*0.002696474789) q[0];
rz(pi*-2.7856674e-05) q[1];
rz(pi*0.003405225495) q[2];
rz(pi*0.002257660185) q[3];
rz(pi*0.000316625477) q[4];
rz(pi*0.00052841674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00382630725) q[0];
rz(pi*-0.000492783289) q[1];
rz(pi*-0.000452887973) q[2];
rz(pi*0.000255244729) q[3];
rz(pi*0.002606118857) q[4];
rz(pi*0.002986335092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157696571) q[0];
rz(pi*-0.000187618167) q[1];
rz(pi*0.004101313374) q[2];
rz(pi*-0.001992086036) q[3];
rz(pi*0.002021323485) q[4];
rz(pi*0.000508236518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005640193533) q[0];
rz(pi*0.002063726391) q[1];
rz(pi*-0.001296936567) q[2];
rz(pi*0.001975079488) q[3];
rz(pi*0.001240920493) q[4];
rz(pi*-0.000866599372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000792771149) q[0];
rz(pi*-0.002857437505) q[1];
rz(pi*0.00892646494) q[2];
rz(pi*0.000582192881) q[3];
rz(pi*0.003255206793) q[4];
rz(pi*-0.003555491436) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
