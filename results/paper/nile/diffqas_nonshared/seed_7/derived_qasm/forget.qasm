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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.13176298169) q[0];
rx(pi*-0.103645179879) q[1];
rx(pi*0.071066330133) q[2];
rx(pi*0.006852161391) q[3];
rx(pi*0.023374863904) q[4];
rx(pi*0.001233839878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099744819326) q[0];
rx(pi*-0.110288819507) q[1];
rx(pi*0.006409153068) q[2];
rx(pi*0.043133977444) q[3];
rx(pi*0.027887735901) q[4];
rx(pi*-0.005443066684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.277572569944) q[0];
rx(pi*-0.109491385435) q[1];
rx(pi*0.068443935919) q[2];
rx(pi*0.017029302744) q[3];
rx(pi*0.029433848826) q[4];
rx(pi*-0.002480619467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027137655435) q[0];
rx(pi*-0.095411377348) q[1];
rx(pi*0.005266374078) q[2];
rx(pi*0.038612842816) q[3];
rx(pi*0.028737046208) q[4];
rx(pi*-0.003663690348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.160947241648) q[0];
rx(pi*-0.088495678004) q[1];
rx(pi*0.072634584255) q[2];
rx(pi*0.005163566687) q[3];
rx(pi*0.030381703585) q[4];
rx(pi*-0.000420468142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
