// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.040712888827) q[0];
ry(pi*-0.033568605819) q[1];
ry(pi*-0.003187080103) q[2];
ry(pi*-0.01073027699) q[3];
ry(pi*0.045978186794) q[4];
ry(pi*0.014174157976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000379365426) q[0];
ry(pi*-0.018364321321) q[1];
ry(pi*0.008138167432) q[2];
ry(pi*-0.025823410831) q[3];
ry(pi*0.006657991919) q[4];
ry(pi*0.011715257858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012762902155) q[0];
ry(pi*-0.008266479531) q[1];
ry(pi*-0.251831180673) q[2];
ry(pi*0.005947060533) q[3];
ry(pi*-0.019318761995) q[4];
ry(pi*0.037013131879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.32603866263) q[0];
ry(pi*-0.078545344585) q[1];
ry(pi*-0.023685511817) q[2];
ry(pi*-0.037912950012) q[3];
ry(pi*0.015698668057) q[4];
ry(pi*0.025645712076) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.211899485247) q[0];
ry(pi*-0.324717514317) q[1];
ry(pi*-0.295418734853) q[2];
ry(pi*-0.539917954099) q[3];
ry(pi*-0.449643685348) q[4];
ry(pi*2.913455e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
