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
rz(pi*0.007255222593) q[0];
rz(pi*0.000909969665) q[1];
rz(pi*0.005757834055) q[2];
rz(pi*0.00292441338) q[3];
rz(pi*0.003406432933) q[4];
rz(pi*0.00253759285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864049255) q[0];
rz(pi*0.003961565155) q[1];
rz(pi*-0.003295182966) q[2];
rz(pi*0.001346785831) q[3];
rz(pi*-0.000388710876) q[4];
rz(pi*0.005154014502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797138726) q[0];
rz(pi*0.005843593839) q[1];
rz(pi*0.00152837059) q[2];
rz(pi*-1.4436099e-05) q[3];
rz(pi*0.002438241612) q[4];
rz(pi*0.007664555474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640445575) q[0];
rz(pi*0.000114142561) q[1];
rz(pi*-0.003970398451) q[2];
rz(pi*-0.00241992209) q[3];
rz(pi*-0.000293081668) q[4];
rz(pi*0.002144947538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974298641) q[0];
rz(pi*-0.000335190867) q[1];
rz(pi*0.000409088978) q[2];
rz(pi*0.004900191747) q[3];
rz(pi*0.005899795861) q[4];
rz(pi*0.00382613531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
