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
ry(pi*0.001662835937) q[0];
ry(pi*-0.003902984128) q[1];
ry(pi*0.003623750639) q[2];
ry(pi*0.035484236722) q[3];
ry(pi*0.076195157126) q[4];
ry(pi*-0.0212395689) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025781106347) q[0];
ry(pi*-0.02789395659) q[1];
ry(pi*-0.025456729279) q[2];
ry(pi*0.007900272891) q[3];
ry(pi*-0.004896052723) q[4];
ry(pi*-0.003360224213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001559833187) q[0];
ry(pi*0.006431382013) q[1];
ry(pi*0.002574683089) q[2];
ry(pi*-0.036757723121) q[3];
ry(pi*-0.006984632672) q[4];
ry(pi*0.139349026155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007110768242) q[0];
ry(pi*-0.00900991657) q[1];
ry(pi*-0.000497242033) q[2];
ry(pi*-0.00281331312) q[3];
ry(pi*-0.030149292169) q[4];
ry(pi*0.092131937909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.250468349234) q[0];
ry(pi*0.012519836356) q[1];
ry(pi*0.007073782056) q[2];
ry(pi*-0.011626503345) q[3];
ry(pi*0.052551100762) q[4];
ry(pi*0.00217800844) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
