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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002652612168) q[0];
rz(pi*-0.001879415633) q[1];
rz(pi*-0.003361604777) q[2];
rz(pi*-0.00286630104) q[3];
rz(pi*-0.001243148086) q[4];
rz(pi*0.00517986072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003741845617) q[0];
rz(pi*0.000509541895) q[1];
rz(pi*-0.006804905612) q[2];
rz(pi*-4.991303e-06) q[3];
rz(pi*0.002863408881) q[4];
rz(pi*-0.000753322582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002003299523) q[0];
rz(pi*0.000736928275) q[1];
rz(pi*0.002228652929) q[2];
rz(pi*0.002112486945) q[3];
rz(pi*0.006278577875) q[4];
rz(pi*0.000665797962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001885699763) q[0];
rz(pi*-0.000401004549) q[1];
rz(pi*-0.00023076981) q[2];
rz(pi*0.000346119169) q[3];
rz(pi*-9.5581859e-05) q[4];
rz(pi*0.000553750472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005318481544) q[0];
rz(pi*0.00264079185) q[1];
rz(pi*-0.001829451495) q[2];
rz(pi*-0.003734280827) q[3];
rz(pi*0.002030025455) q[4];
rz(pi*0.004193178826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
