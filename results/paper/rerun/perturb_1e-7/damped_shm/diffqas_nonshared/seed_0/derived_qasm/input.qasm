// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001673219811) q[0];
ry(pi*-0.012141357312) q[1];
ry(pi*-0.004668541019) q[2];
ry(pi*-0.000957013927) q[3];
ry(pi*-0.011330856946) q[4];
ry(pi*0.501539083207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003873567772) q[0];
ry(pi*0.035017232023) q[1];
ry(pi*-0.026982271003) q[2];
ry(pi*-0.001239340419) q[3];
ry(pi*-0.00462911061) q[4];
ry(pi*-0.000389943104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002553042002) q[0];
ry(pi*-0.004396116375) q[1];
ry(pi*-0.504602536886) q[2];
ry(pi*0.011907059294) q[3];
ry(pi*-0.488826317723) q[4];
ry(pi*0.00601550472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501212600164) q[0];
ry(pi*0.007752737248) q[1];
ry(pi*-0.001730872952) q[2];
ry(pi*0.003677545493) q[3];
ry(pi*-0.002770565741) q[4];
ry(pi*-0.005949417304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039110260829) q[0];
ry(pi*-0.118183209068) q[1];
ry(pi*-0.012222476481) q[2];
ry(pi*-0.463142150259) q[3];
ry(pi*-0.010544544462) q[4];
ry(pi*-0.002106289378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
