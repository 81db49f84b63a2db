// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.004851390579) q[0];
rz(pi*-0.002938508056) q[1];
rz(pi*-0.001442912888) q[2];
rz(pi*-0.002491607356) q[3];
rz(pi*-0.004460091591) q[4];
rz(pi*0.001981771087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351359197) q[0];
rz(pi*-0.002177944555) q[1];
rz(pi*0.003000917428) q[2];
rz(pi*0.002754041367) q[3];
rz(pi*-0.001978062063) q[4];
rz(pi*-0.004163566221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331873341) q[0];
rz(pi*-0.005086163806) q[1];
rz(pi*-0.003216256928) q[2];
rz(pi*-0.00123430938) q[3];
rz(pi*-0.000503360299) q[4];
rz(pi*-0.00176736718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462641967) q[0];
rz(pi*0.004399177213) q[1];
rz(pi*0.001996178221) q[2];
rz(pi*0.004390200435) q[3];
rz(pi*0.002852178497) q[4];
rz(pi*0.000738431791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863801847) q[0];
rz(pi*-0.004252921933) q[1];
rz(pi*-6.552351e-05) q[2];
rz(pi*-0.001300642478) q[3];
rz(pi*-0.002974745115) q[4];
rz(pi*0.001304130944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
