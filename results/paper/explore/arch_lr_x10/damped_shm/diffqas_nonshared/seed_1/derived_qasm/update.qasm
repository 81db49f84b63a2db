// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001968297916) q[0];
ry(pi*-0.034052078862) q[1];
ry(pi*0.004842119131) q[2];
ry(pi*0.000269944402) q[3];
ry(pi*-0.001869719521) q[4];
ry(pi*-0.000259559639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005056903678) q[0];
ry(pi*-0.002576679082) q[1];
ry(pi*-0.011436243445) q[2];
ry(pi*0.085044516226) q[3];
ry(pi*0.002016706141) q[4];
ry(pi*-0.000704598491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.206079291327) q[0];
ry(pi*0.003481594066) q[1];
ry(pi*-0.008543951223) q[2];
ry(pi*-0.005280010147) q[3];
ry(pi*-0.043009169967) q[4];
ry(pi*0.001001909822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03443927944) q[0];
ry(pi*-0.024439749686) q[1];
ry(pi*0.495615108358) q[2];
ry(pi*-0.012192200719) q[3];
ry(pi*-0.50066576763) q[4];
ry(pi*0.444211256446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.308651960752) q[0];
ry(pi*-0.000689181503) q[1];
ry(pi*0.058442646442) q[2];
ry(pi*-0.002008403489) q[3];
ry(pi*-0.001595166965) q[4];
ry(pi*-0.002475229576) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
