// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.265696787225) q[0];
ry(pi*0.000838459526) q[1];
ry(pi*-0.048330456513) q[2];
ry(pi*-0.009731785746) q[3];
ry(pi*0.002744332063) q[4];
ry(pi*-0.002608499047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002347449158) q[0];
ry(pi*0.010399348395) q[1];
ry(pi*-0.35493229804) q[2];
ry(pi*0.001192131479) q[3];
ry(pi*-1.0657274e-05) q[4];
ry(pi*0.00155447635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.234126343762) q[0];
ry(pi*0.360628334298) q[1];
ry(pi*0.422056627181) q[2];
ry(pi*0.02083338846) q[3];
ry(pi*-0.030919481375) q[4];
ry(pi*-0.004567925574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001568005698) q[0];
ry(pi*0.402255149867) q[1];
ry(pi*0.118249812899) q[2];
ry(pi*-0.496854142619) q[3];
ry(pi*0.495424773753) q[4];
ry(pi*0.015516302006) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075690548442) q[0];
ry(pi*0.005828672366) q[1];
ry(pi*0.031135813388) q[2];
ry(pi*0.086042036895) q[3];
ry(pi*-0.020217196303) q[4];
ry(pi*-0.00375758114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
