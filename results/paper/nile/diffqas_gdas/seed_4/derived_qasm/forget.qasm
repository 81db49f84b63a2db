// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*7.39e-10) q[0];
rx(pi*-0.000990477037) q[1];
rx(pi*-0.000994123065) q[2];
rx(0) q[3];
rx(pi*-0.001306446212) q[4];
rx(pi*0.001147058382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001038509364) q[0];
rx(0) q[1];
rx(pi*-0.001441951207) q[2];
rx(pi*-0.000979004157) q[3];
rx(0) q[4];
rx(pi*0.002371214896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001731037926) q[0];
rx(pi*-0.000973386074) q[1];
rx(0) q[2];
rx(pi*-0.001579944892) q[3];
rx(pi*3.26e-10) q[4];
rx(pi*0.00174858001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*7.05e-10) q[0];
rx(pi*-0.001994648543) q[1];
rx(pi*0.00097701187) q[2];
rx(pi*0.001052492501) q[3];
rx(pi*-0.001020850479) q[4];
rx(pi*0.001027341234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001070826623) q[0];
rx(0) q[1];
rx(pi*-4.636555e-06) q[2];
rx(pi*-0.002839512706) q[3];
rx(pi*0.002469670117) q[4];
rx(pi*-0.006741996131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
