// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*1.39372529595) q[0];
ry(pi*1.07197496759) q[1];
ry(pi*1.707650504251) q[2];
ry(pi*0.368379119132) q[3];
ry(pi*0.379153666656) q[4];
ry(pi*0.228223163044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.974970116595) q[0];
ry(pi*1.583974295783) q[1];
ry(pi*1.675589444505) q[2];
ry(pi*1.869813917999) q[3];
ry(pi*1.826258560572) q[4];
ry(pi*0.971258515909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082359777563) q[0];
ry(pi*1.774566930023) q[1];
ry(pi*1.634444536726) q[2];
ry(pi*0.67376051969) q[3];
ry(pi*1.834841072719) q[4];
ry(pi*1.737162385616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.633465998291) q[0];
ry(pi*1.551961502708) q[1];
ry(pi*0.118597374664) q[2];
ry(pi*0.959619873563) q[3];
ry(pi*0.316671911957) q[4];
ry(pi*1.287267690816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.206186942698) q[0];
ry(pi*0.530672913602) q[1];
ry(pi*0.562830392852) q[2];
ry(pi*1.871553187726) q[3];
ry(pi*0.367732755563) q[4];
ry(pi*0.277129025049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
