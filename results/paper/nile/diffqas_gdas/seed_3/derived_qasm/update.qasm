// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.009183495275) q[0];
rx(pi*-0.328934207492) q[1];
rx(pi*0.005063328918) q[2];
rx(pi*-0.002093352781) q[3];
rx(pi*-0.006476885184) q[4];
rx(pi*-0.002921413018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003526922035) q[0];
rx(pi*0.004339019077) q[1];
rx(pi*-0.021654441231) q[2];
rx(pi*-0.006081394108) q[3];
rx(pi*0.00103810723) q[4];
rx(pi*-0.001929908785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00019651646) q[0];
rx(pi*-0.340242344573) q[1];
rx(pi*0.009264854567) q[2];
rx(pi*-0.007834209191) q[3];
rx(pi*0.004484286291) q[4];
rx(pi*-6.6418087e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000313897033) q[0];
rx(pi*-0.004293703558) q[1];
rx(pi*-0.009413507231) q[2];
rx(pi*-0.002100694345) q[3];
rx(pi*0.00240042359) q[4];
rx(pi*0.003625417869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002855136467) q[0];
rx(pi*-0.331165630294) q[1];
rx(pi*0.005586709357) q[2];
rx(pi*-0.007043696615) q[3];
rx(pi*0.004359282564) q[4];
rx(pi*-0.004648342158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
