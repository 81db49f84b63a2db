// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.004204134105) q[0];
rz(pi*-0.001481204636) q[1];
rz(pi*0.00088081915) q[2];
rz(pi*0.000307490155) q[3];
rz(pi*0.006648317596) q[4];
rz(pi*0.000299948636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002074994869) q[0];
rz(pi*-0.003179311059) q[1];
rz(pi*0.002106303015) q[2];
rz(pi*-0.004996801571) q[3];
rz(pi*-0.003295872803) q[4];
rz(pi*0.000953841476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003344301927) q[0];
rz(pi*0.005917056911) q[1];
rz(pi*-0.000819444609) q[2];
rz(pi*-0.006696588417) q[3];
rz(pi*0.00125219201) q[4];
rz(pi*-0.002102655504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000703179462) q[0];
rz(pi*0.000327292941) q[1];
rz(pi*0.002424972398) q[2];
rz(pi*0.000554299348) q[3];
rz(pi*-0.005697275416) q[4];
rz(pi*0.00012133641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004613958499) q[0];
rz(pi*0.003545235183) q[1];
rz(pi*-0.006361955394) q[2];
rz(pi*-0.000627666296) q[3];
rz(pi*-0.000467286547) q[4];
rz(pi*0.004540313111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
