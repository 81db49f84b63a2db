// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000371588786) q[0];
rz(pi*0.00243527297) q[1];
rz(pi*-0.002250539031) q[2];
rz(pi*-0.001358450662) q[3];
rz(pi*0.00218898373) q[4];
rz(pi*-0.000752347635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003604562669) q[0];
rz(pi*-0.00345486265) q[1];
rz(pi*0.009447485643) q[2];
rz(pi*-0.001833327568) q[3];
rz(pi*0.007183137417) q[4];
rz(pi*-0.00241351775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001145388632) q[0];
rz(pi*-0.001537827616) q[1];
rz(pi*-0.003883744576) q[2];
rz(pi*-0.001129008629) q[3];
rz(pi*0.006728799992) q[4];
rz(pi*-0.002594594988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003407380681) q[0];
rz(pi*0.001204386689) q[1];
rz(pi*-0.003408268546) q[2];
rz(pi*-0.0027696174) q[3];
rz(pi*-0.004845339162) q[4];
rz(pi*0.003046808354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002097513149) q[0];
rz(pi*-0.007927158461) q[1];
rz(pi*0.002081736271) q[2];
rz(pi*-0.000933320819) q[3];
rz(pi*-0.00042994944) q[4];
rz(pi*-0.00259437443) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
