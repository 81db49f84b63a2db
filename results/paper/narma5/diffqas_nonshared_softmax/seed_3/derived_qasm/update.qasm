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
rz(pi*-0.000712911) q[0];
rz(pi*-0.001768065022) q[1];
rz(pi*-0.002500234324) q[2];
rz(pi*-0.002960787991) q[3];
rz(pi*-0.002305022537) q[4];
rz(pi*0.000796284664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002662296274) q[0];
rz(pi*-0.000631026992) q[1];
rz(pi*0.001054881066) q[2];
rz(pi*0.006070890321) q[3];
rz(pi*-0.006030783118) q[4];
rz(pi*0.000746614159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002176907724) q[0];
rz(pi*0.004675021695) q[1];
rz(pi*0.003547667845) q[2];
rz(pi*-0.001959329439) q[3];
rz(pi*-0.005104965799) q[4];
rz(pi*0.006880228606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00044762789) q[0];
rz(pi*-0.003557911647) q[1];
rz(pi*-0.003501341435) q[2];
rz(pi*0.001017830625) q[3];
rz(pi*0.008814147459) q[4];
rz(pi*0.000734339681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004315678743) q[0];
rz(pi*-0.002138765535) q[1];
rz(pi*0.004315085845) q[2];
rz(pi*-0.002886654351) q[3];
rz(pi*0.000474090426) q[4];
rz(pi*0.001015096697) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
