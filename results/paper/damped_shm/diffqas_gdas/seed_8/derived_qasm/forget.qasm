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
rz(pi*-0.005533072807) q[0];
rz(pi*-0.004254667426) q[1];
rz(pi*-0.004332592651) q[2];
rz(pi*-0.001119125532) q[3];
rz(pi*-0.007361281438) q[4];
rz(pi*-0.000601298772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003046941163) q[0];
rz(pi*0.002844517657) q[1];
rz(pi*0.003045778193) q[2];
rz(pi*0.004431736226) q[3];
rz(pi*0.002443066767) q[4];
rz(pi*-0.000168812672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002736836049) q[0];
rz(pi*0.004792094813) q[1];
rz(pi*-0.002080473546) q[2];
rz(pi*0.001942711239) q[3];
rz(pi*-0.000135760728) q[4];
rz(pi*0.004583765447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002663903325) q[0];
rz(pi*-0.000959747781) q[1];
rz(pi*0.001153342808) q[2];
rz(pi*0.000821615358) q[3];
rz(pi*-0.005218498128) q[4];
rz(pi*0.001146376994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000377159807) q[0];
rz(pi*-0.000763158914) q[1];
rz(pi*-0.000494326641) q[2];
rz(pi*0.00069702288) q[3];
rz(pi*-0.005781781813) q[4];
rz(pi*0.004941653722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
