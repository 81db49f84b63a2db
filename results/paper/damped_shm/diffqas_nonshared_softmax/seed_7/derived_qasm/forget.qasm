// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.084074866523) q[0];
ry(pi*-0.023075521378) q[1];
ry(pi*-0.044680071397) q[2];
ry(pi*0.474100126309) q[3];
ry(pi*0.002299958295) q[4];
ry(pi*-0.000255598671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.22152897053) q[0];
ry(pi*0.414602955577) q[1];
ry(pi*-0.011277027704) q[2];
ry(pi*0.18022537469) q[3];
ry(pi*0.000365563679) q[4];
ry(pi*0.00121055298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.100087732768) q[0];
ry(pi*0.009307259844) q[1];
ry(pi*-0.257261029282) q[2];
ry(pi*0.110648191808) q[3];
ry(pi*-0.051369928639) q[4];
ry(pi*-0.001525211776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.05193897826) q[0];
ry(pi*-0.073141270455) q[1];
ry(pi*0.218739900728) q[2];
ry(pi*-0.5505275905) q[3];
ry(pi*-0.157037204994) q[4];
ry(pi*0.000781105725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0150387117) q[0];
ry(pi*0.471753728656) q[1];
ry(pi*0.039287698709) q[2];
ry(pi*0.110074294649) q[3];
ry(pi*0.350584503178) q[4];
ry(pi*-0.004614702587) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
