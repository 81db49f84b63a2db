// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.212172123631) q[0];
ry(pi*0.000254117777) q[1];
ry(pi*0.000109779968) q[2];
ry(pi*-0.000175426083) q[3];
ry(pi*-0.000336520515) q[4];
ry(pi*-0.004671526856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000260236173) q[0];
ry(pi*0.18657912022) q[1];
ry(pi*0.023055270341) q[2];
ry(pi*0.000268398068) q[3];
ry(pi*2.4296065e-05) q[4];
ry(pi*0.000157090275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000664285997) q[0];
ry(pi*-0.018923020123) q[1];
ry(pi*-0.506719136619) q[2];
ry(pi*0.000239989509) q[3];
ry(pi*0.322186360047) q[4];
ry(pi*-0.005034210493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000335716174) q[0];
ry(pi*-0.010577451507) q[1];
ry(pi*-0.000258554936) q[2];
ry(pi*7.7109846e-05) q[3];
ry(pi*-0.017227456492) q[4];
ry(pi*-0.000640586811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000924185441) q[0];
ry(pi*-0.04946464737) q[1];
ry(pi*0.320786550722) q[2];
ry(pi*-0.604508928132) q[3];
ry(pi*-7.9786518e-05) q[4];
ry(pi*-0.000747070098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
