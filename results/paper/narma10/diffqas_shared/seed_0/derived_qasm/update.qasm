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
rz(pi*-0.030544940363) q[0];
rz(pi*0.014470704394) q[1];
rz(pi*0.030069533109) q[2];
rz(pi*0.015474816907) q[3];
rz(pi*0.067178425189) q[4];
rz(pi*-0.010051879122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014302347346) q[0];
rz(pi*-3.8312314e-05) q[1];
rz(pi*-4.8927705e-05) q[2];
rz(pi*-0.003963769254) q[3];
rz(pi*-0.012846926526) q[4];
rz(pi*0.007939755772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01816850122) q[0];
rz(pi*0.02290871298) q[1];
rz(pi*-0.007518238237) q[2];
rz(pi*-0.002004731521) q[3];
rz(pi*0.011101534531) q[4];
rz(pi*-0.00012653888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.030968473753) q[0];
rz(pi*0.001665816437) q[1];
rz(pi*0.03578292706) q[2];
rz(pi*0.001745600695) q[3];
rz(pi*-0.029973054316) q[4];
rz(pi*-0.006238956849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.040093314778) q[0];
rz(pi*-0.001032441938) q[1];
rz(pi*-0.014180525704) q[2];
rz(pi*-0.01284615813) q[3];
rz(pi*0.043324976095) q[4];
rz(pi*0.005376576097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
