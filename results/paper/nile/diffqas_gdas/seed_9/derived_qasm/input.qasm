// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001735590496) q[0];
rz(pi*-0.003323529437) q[1];
rz(pi*-0.005847549064) q[2];
rz(pi*-0.0018899879) q[3];
rz(pi*-0.004659727882) q[4];
rz(pi*0.001761137449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*6.8975304e-05) q[0];
rz(pi*0.00162162209) q[1];
rz(pi*0.000290641706) q[2];
rz(pi*-0.001126298861) q[3];
rz(pi*8.9599607e-05) q[4];
rz(pi*0.003350229725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000582849479) q[0];
rz(pi*-0.002425610209) q[1];
rz(pi*-0.003087224161) q[2];
rz(pi*-0.00070569135) q[3];
rz(pi*-0.002386384794) q[4];
rz(pi*0.005986364951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003751320726) q[0];
rz(pi*-0.003442663173) q[1];
rz(pi*-0.000973504802) q[2];
rz(pi*0.002069285702) q[3];
rz(pi*-0.000853156217) q[4];
rz(pi*-0.003048927669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002568355974) q[0];
rz(pi*-0.001116493212) q[1];
rz(pi*0.003098405631) q[2];
rz(pi*-0.003112972847) q[3];
rz(pi*-0.000290658233) q[4];
rz(pi*-0.001951418545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
