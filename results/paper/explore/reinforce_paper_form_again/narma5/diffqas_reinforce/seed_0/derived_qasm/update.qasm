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
rz(pi*0.004851408662) q[0];
rz(pi*-0.00293853444) q[1];
rz(pi*-0.001442890951) q[2];
rz(pi*-0.002491662496) q[3];
rz(pi*-0.004460107599) q[4];
rz(pi*0.001981766196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351339334) q[0];
rz(pi*-0.002177895789) q[1];
rz(pi*0.003000926618) q[2];
rz(pi*0.002754049964) q[3];
rz(pi*-0.001978080295) q[4];
rz(pi*-0.00416361306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331854035) q[0];
rz(pi*-0.005086172106) q[1];
rz(pi*-0.003216274715) q[2];
rz(pi*-0.001234305081) q[3];
rz(pi*-0.000503348034) q[4];
rz(pi*-0.001767354285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462633184) q[0];
rz(pi*0.004399196185) q[1];
rz(pi*0.001996210682) q[2];
rz(pi*0.004390217926) q[3];
rz(pi*0.002852157746) q[4];
rz(pi*0.000738432162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863779613) q[0];
rz(pi*-0.004252908) q[1];
rz(pi*-6.5522787e-05) q[2];
rz(pi*-0.001300638624) q[3];
rz(pi*-0.002974745708) q[4];
rz(pi*0.001304131982) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
