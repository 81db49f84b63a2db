// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.000171486607) q[0];
rz(pi*0.00421807196) q[1];
rz(pi*0.001110978812) q[2];
rz(pi*0.002033830676) q[3];
rz(pi*-0.0004796331) q[4];
rz(pi*-0.004111943449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002262677884) q[0];
rz(pi*0.002072914833) q[1];
rz(pi*0.00032855815) q[2];
rz(pi*-0.00287699159) q[3];
rz(pi*-0.005149820931) q[4];
rz(pi*0.000352323628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001080744997) q[0];
rz(pi*-0.001115803523) q[1];
rz(pi*-0.001048670975) q[2];
rz(pi*0.000903694206) q[3];
rz(pi*0.000937246547) q[4];
rz(pi*0.00306253943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955269293) q[0];
rz(pi*0.004240169579) q[1];
rz(pi*0.002566732322) q[2];
rz(pi*-0.001068280495) q[3];
rz(pi*-0.000172745608) q[4];
rz(pi*0.001573137826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987689747) q[0];
rz(pi*0.001748910254) q[1];
rz(pi*0.003672054365) q[2];
rz(pi*-0.002550446886) q[3];
rz(pi*-0.005635302714) q[4];
rz(pi*0.003799531367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
