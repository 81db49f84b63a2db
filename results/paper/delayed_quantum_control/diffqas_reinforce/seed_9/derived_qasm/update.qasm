// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.502097451171) q[0];
ry(pi*-0.001878696447) q[1];
ry(pi*-0.010807134405) q[2];
ry(pi*0.147869857899) q[3];
ry(pi*-0.022898100099) q[4];
ry(pi*0.266038733057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000564951693) q[0];
ry(pi*0.141749107198) q[1];
ry(pi*-0.501631746106) q[2];
ry(pi*-0.457655649026) q[3];
ry(pi*-0.012007982453) q[4];
ry(pi*0.489790398924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012711871393) q[0];
ry(pi*-0.004017364598) q[1];
ry(pi*0.000235035658) q[2];
ry(pi*-0.018037311785) q[3];
ry(pi*0.499034111329) q[4];
ry(pi*-0.002269216367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.787285093885) q[0];
ry(pi*0.004190294375) q[1];
ry(pi*0.037383852254) q[2];
ry(pi*0.496744138627) q[3];
ry(pi*0.329133649016) q[4];
ry(pi*-0.508761173453) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016995796871) q[0];
ry(pi*0.496046093294) q[1];
ry(pi*0.511974625676) q[2];
ry(pi*0.476843433843) q[3];
ry(pi*0.505418668601) q[4];
ry(pi*0.001990034312) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
