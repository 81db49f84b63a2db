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
rx(pi*0.010321621791) q[0];
rx(pi*0.002137534974) q[1];
rx(pi*0.003419096353) q[2];
rx(pi*0.000551025252) q[3];
rx(pi*-6.260318e-05) q[4];
rx(pi*0.001007305345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008037662858) q[0];
rx(pi*0.003378588054) q[1];
rx(pi*-0.002420960403) q[2];
rx(pi*-0.004011768527) q[3];
rx(pi*0.00654559499) q[4];
rx(pi*-0.000434419115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003848375224) q[0];
rx(pi*0.005929960158) q[1];
rx(pi*-0.001002133789) q[2];
rx(pi*0.003380501041) q[3];
rx(pi*-0.002640428107) q[4];
rx(pi*-0.000791969402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010062075789) q[0];
rx(pi*-0.006562385872) q[1];
rx(pi*-0.003060847298) q[2];
rx(pi*-0.000248642231) q[3];
rx(pi*0.002540017508) q[4];
rx(pi*0.007722856949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004340396379) q[0];
rx(pi*0.003246081198) q[1];
rx(pi*-0.0018762709) q[2];
rx(pi*-0.000485775712) q[3];
rx(pi*-0.004714722466) q[4];
rx(pi*-0.004707742866) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
