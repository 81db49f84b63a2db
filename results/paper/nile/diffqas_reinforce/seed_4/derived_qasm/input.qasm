// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.504058170809) q[0];
ry(pi*-0.156525215911) q[1];
ry(pi*0.035567882823) q[2];
ry(pi*0.306708696042) q[3];
ry(pi*-0.006587596503) q[4];
ry(pi*-0.305325639653) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005709155913) q[0];
ry(pi*-0.045867931414) q[1];
ry(pi*0.274414954518) q[2];
ry(pi*0.326966923284) q[3];
ry(pi*-0.01403255013) q[4];
ry(pi*0.020946660507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015672587643) q[0];
ry(pi*-0.039825082814) q[1];
ry(pi*0.005457733804) q[2];
ry(pi*0.178794620813) q[3];
ry(pi*0.164498351862) q[4];
ry(pi*0.01731785452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005862414805) q[0];
ry(pi*-0.536627510466) q[1];
ry(pi*0.020788973257) q[2];
ry(pi*0.518241931367) q[3];
ry(pi*0.423784854769) q[4];
ry(pi*0.180749022526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001786425453) q[0];
ry(pi*0.131884966971) q[1];
ry(pi*0.020622119799) q[2];
ry(pi*0.000659885801) q[3];
ry(pi*-0.042650921801) q[4];
ry(pi*0.000880475343) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
