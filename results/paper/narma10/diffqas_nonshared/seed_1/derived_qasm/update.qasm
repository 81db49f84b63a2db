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
rz(pi*0.003793328465) q[0];
rz(pi*-0.003431542475) q[1];
rz(pi*0.006972277263) q[2];
rz(pi*0.001086383387) q[3];
rz(pi*0.000751566343) q[4];
rz(pi*-0.003333204352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007789042194) q[0];
rz(pi*-0.002512169368) q[1];
rz(pi*5.4427556e-05) q[2];
rz(pi*-0.000654727215) q[3];
rz(pi*-0.003225725515) q[4];
rz(pi*-0.001358008804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003647748793) q[0];
rz(pi*0.000532793479) q[1];
rz(pi*0.000421581013) q[2];
rz(pi*0.000356274666) q[3];
rz(pi*0.000288100877) q[4];
rz(pi*-0.002048607779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001001361317) q[0];
rz(pi*0.001690062275) q[1];
rz(pi*0.004740519177) q[2];
rz(pi*0.001870034054) q[3];
rz(pi*-0.001416254992) q[4];
rz(pi*-0.001028761892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002453827724) q[0];
rz(pi*-0.003652958294) q[1];
rz(pi*-0.002225842887) q[2];
rz(pi*-1.9245005e-05) q[3];
rz(pi*-0.002796353558) q[4];
rz(pi*0.000963688554) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
