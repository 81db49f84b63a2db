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
ry(pi*0.014974126096) q[0];
ry(pi*-0.186058526996) q[1];
ry(pi*0.113531480275) q[2];
ry(pi*0.063371254029) q[3];
ry(pi*-0.345469146835) q[4];
ry(pi*0.0834914071) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017195951059) q[0];
ry(pi*0.191138783755) q[1];
ry(pi*-0.243177748395) q[2];
ry(pi*-0.138123690218) q[3];
ry(pi*-0.140810895338) q[4];
ry(pi*-0.053937439436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.080231936478) q[0];
ry(pi*-0.04549312004) q[1];
ry(pi*-0.05125638623) q[2];
ry(pi*-0.222962399563) q[3];
ry(pi*-0.086292277951) q[4];
ry(pi*0.018763024127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025379216119) q[0];
ry(pi*0.00476526053) q[1];
ry(pi*0.017910508611) q[2];
ry(pi*-0.00712394778) q[3];
ry(pi*0.046082489475) q[4];
ry(pi*0.028435249082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.068733588115) q[0];
ry(pi*-0.100413912246) q[1];
ry(pi*0.13420934675) q[2];
ry(pi*0.179649950225) q[3];
ry(pi*-0.040061544912) q[4];
ry(pi*0.001611197603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
