// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.005216660143) q[0];
rz(pi*0.000195283546) q[1];
rz(pi*-0.003068830675) q[2];
rz(pi*0.002410290752) q[3];
rz(pi*-0.006474965379) q[4];
rz(pi*-0.002910932057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258654476) q[0];
rz(pi*0.003680946358) q[1];
rz(pi*-0.006869139628) q[2];
rz(pi*-0.001585289871) q[3];
rz(pi*0.001044112179) q[4];
rz(pi*-0.001939208099) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063159942) q[0];
rz(pi*-0.003791802641) q[1];
rz(pi*0.001128505555) q[2];
rz(pi*-0.003337170546) q[3];
rz(pi*0.004475317814) q[4];
rz(pi*-6.8925209e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184909903) q[0];
rz(pi*-0.005469151248) q[1];
rz(pi*0.005353414522) q[2];
rz(pi*0.002396167469) q[3];
rz(pi*0.002398681802) q[4];
rz(pi*0.003621991509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111622107) q[0];
rz(pi*-0.002034791913) q[1];
rz(pi*-0.002547241974) q[2];
rz(pi*-0.002547113908) q[3];
rz(pi*0.004361076082) q[4];
rz(pi*-0.004648537814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
