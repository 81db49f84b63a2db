// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.024383429084) q[0];
ry(pi*0.033363569706) q[1];
ry(pi*-0.003528291927) q[2];
ry(pi*0.112874140972) q[3];
ry(pi*0.024276752439) q[4];
ry(pi*-0.005028987059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052920946019) q[0];
ry(pi*-0.139509583033) q[1];
ry(pi*0.013065621831) q[2];
ry(pi*-0.005261308947) q[3];
ry(pi*-0.00204566389) q[4];
ry(pi*-0.002352475899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061267484617) q[0];
ry(pi*0.190333068078) q[1];
ry(pi*0.000893162553) q[2];
ry(pi*0.069939472242) q[3];
ry(pi*-0.00939427598) q[4];
ry(pi*-0.000658667469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00173316984) q[0];
ry(pi*-0.137036305129) q[1];
ry(pi*0.068557355005) q[2];
ry(pi*0.027973461889) q[3];
ry(pi*-0.045266960145) q[4];
ry(pi*0.001907857412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.108361785983) q[0];
ry(pi*0.279420819134) q[1];
ry(pi*0.546890173258) q[2];
ry(pi*0.415437452911) q[3];
ry(pi*0.279742729744) q[4];
ry(pi*-0.000550567127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
