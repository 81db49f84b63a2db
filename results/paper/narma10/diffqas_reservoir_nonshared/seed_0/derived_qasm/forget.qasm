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
rz(pi*0.365886631321) q[0];
rz(pi*1.926038213863) q[1];
rz(pi*1.601834026207) q[2];
rz(pi*0.962520958468) q[3];
rz(pi*1.627068084205) q[4];
rz(pi*1.205697777199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.310242170455) q[0];
rz(pi*1.827381595453) q[1];
rz(pi*0.130540833174) q[2];
rz(pi*1.669976395045) q[3];
rz(pi*0.763629568496) q[4];
rz(pi*0.651091197726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.988053599451) q[0];
rz(pi*1.562381032177) q[1];
rz(pi*0.971070306252) q[2];
rz(pi*0.845256779812) q[3];
rz(pi*1.755057784806) q[4];
rz(pi*0.173629745599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.416837441846) q[0];
rz(pi*1.578309185104) q[1];
rz(pi*1.598392825121) q[2];
rz(pi*0.644573451765) q[3];
rz(pi*1.593278379471) q[4];
rz(pi*0.45065686802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.724615907412) q[0];
rz(pi*0.834896217642) q[1];
rz(pi*1.082819941954) q[2];
rz(pi*0.225227328238) q[3];
rz(pi*0.813895586782) q[4];
rz(pi*0.000601380221) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
