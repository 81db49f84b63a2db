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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004821213238) q[0];
ry(pi*-0.055602781852) q[1];
ry(pi*-0.020938608947) q[2];
ry(pi*0.098212551763) q[3];
ry(pi*0.013572015139) q[4];
ry(pi*0.000336858171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002761669597) q[0];
ry(pi*0.007384821282) q[1];
ry(pi*0.170706652308) q[2];
ry(pi*0.140012512628) q[3];
ry(pi*-0.002786662931) q[4];
ry(pi*-0.069405830511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030309106738) q[0];
ry(pi*0.014067069859) q[1];
ry(pi*-0.051425329062) q[2];
ry(pi*0.009813220336) q[3];
ry(pi*-0.072630443452) q[4];
ry(pi*-0.003399833974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001586720535) q[0];
ry(pi*-0.456190080158) q[1];
ry(pi*0.001994533521) q[2];
ry(pi*0.275870164266) q[3];
ry(pi*-0.365200728547) q[4];
ry(pi*0.000440670895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017854178523) q[0];
ry(pi*0.030311255401) q[1];
ry(pi*-0.03551048789) q[2];
ry(pi*0.010042374962) q[3];
ry(pi*-0.00643433524) q[4];
ry(pi*0.000715520345) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
