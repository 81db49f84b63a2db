// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.005616686891) q[0];
rz(pi*0.000876577555) q[1];
rz(pi*-0.001337436862) q[2];
rz(pi*0.0002537804) q[3];
rz(pi*0.004452764256) q[4];
rz(pi*0.002048911343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00149625877) q[0];
rz(pi*-0.002360840805) q[1];
rz(pi*0.001769781462) q[2];
rz(pi*0.004625883464) q[3];
rz(pi*0.002080447755) q[4];
rz(pi*0.002585971281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001332126123) q[0];
rz(pi*0.00502137543) q[1];
rz(pi*-0.008672468466) q[2];
rz(pi*-6.5367179e-05) q[3];
rz(pi*0.001264699201) q[4];
rz(pi*-0.00119605113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00414367448) q[0];
rz(pi*-0.002601960861) q[1];
rz(pi*0.001081502055) q[2];
rz(pi*0.001750825316) q[3];
rz(pi*-0.003195987808) q[4];
rz(pi*0.003791769438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003948513386) q[0];
rz(pi*-0.001978616127) q[1];
rz(pi*0.000956791219) q[2];
rz(pi*-0.001941225732) q[3];
rz(pi*-0.00172129038) q[4];
rz(pi*0.002171400736) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
