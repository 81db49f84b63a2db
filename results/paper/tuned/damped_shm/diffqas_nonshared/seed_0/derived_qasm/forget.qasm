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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.093925327399) q[0];
rx(pi*0.301465102898) q[1];
rx(pi*-0.09418554812) q[2];
rx(pi*-0.059707635422) q[3];
rx(pi*0.063106992113) q[4];
rx(pi*-0.003085304059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.200571825208) q[0];
rx(pi*0.286345321833) q[1];
rx(pi*-0.076927808751) q[2];
rx(pi*-0.025293651398) q[3];
rx(pi*0.070455469318) q[4];
rx(pi*-0.00125275467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072805576143) q[0];
rx(pi*0.257808658671) q[1];
rx(pi*-0.061958903718) q[2];
rx(pi*-0.061266479061) q[3];
rx(pi*0.068711593957) q[4];
rx(pi*0.002287392111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.299103451156) q[0];
rx(pi*0.367644532286) q[1];
rx(pi*-0.082219198989) q[2];
rx(pi*-0.033790876301) q[3];
rx(pi*0.066537269639) q[4];
rx(pi*0.0003901448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01501673533) q[0];
rx(pi*0.286844836334) q[1];
rx(pi*-0.100297836976) q[2];
rx(pi*-0.060475543156) q[3];
rx(pi*0.062512756169) q[4];
rx(pi*0.001169820566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
