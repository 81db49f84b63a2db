// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.823783423971) q[0];
ry(pi*0.17308038969) q[1];
ry(pi*1.939418402665) q[2];
ry(pi*1.091599998351) q[3];
ry(pi*1.630693245052) q[4];
ry(pi*1.868171029831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.747928405523) q[0];
ry(pi*0.72798303889) q[1];
ry(pi*0.267122551269) q[2];
ry(pi*1.207901044443) q[3];
ry(pi*0.738752805283) q[4];
ry(pi*1.726325152133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.680735129416) q[0];
ry(pi*1.648738756621) q[1];
ry(pi*0.214286446634) q[2];
ry(pi*1.307146576941) q[3];
ry(pi*1.820283966432) q[4];
ry(pi*1.169471516315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.132809034016) q[0];
ry(pi*1.005169646228) q[1];
ry(pi*1.061244968077) q[2];
ry(pi*1.938405257938) q[3];
ry(pi*1.323311054413) q[4];
ry(pi*1.71828601948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.642496087675) q[0];
ry(pi*1.106487078665) q[1];
ry(pi*0.768236379309) q[2];
ry(pi*1.237171288894) q[3];
ry(pi*0.123033924039) q[4];
ry(pi*1.44418840314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
