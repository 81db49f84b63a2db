// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000600020891) q[0];
rx(pi*-4.0534488e-05) q[1];
rx(pi*-0.005792389357) q[2];
rx(pi*0.184155788075) q[3];
rx(pi*0.009056558106) q[4];
rx(pi*0.000904126726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.662273e-06) q[0];
rx(pi*-0.005926511861) q[1];
rx(pi*-1.1690191e-05) q[2];
rx(pi*0.00406039983) q[3];
rx(pi*6.0730969e-05) q[4];
rx(pi*0.005734109227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004774885345) q[0];
rx(pi*-7.7022269e-05) q[1];
rx(pi*-0.000325241106) q[2];
rx(pi*0.309919473107) q[3];
rx(pi*0.007638247981) q[4];
rx(pi*0.004215535541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008288045024) q[0];
rx(pi*-0.002475101362) q[1];
rx(pi*-0.00040472117) q[2];
rx(pi*0.002091769594) q[3];
rx(pi*-0.000223746392) q[4];
rx(pi*0.003869878758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.198189644953) q[0];
rx(pi*-8.855771e-06) q[1];
rx(pi*-0.001665342563) q[2];
rx(pi*0.182728278538) q[3];
rx(pi*0.007493732562) q[4];
rx(pi*-0.002454334949) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
