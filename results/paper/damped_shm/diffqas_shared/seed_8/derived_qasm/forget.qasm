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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02056836289) q[0];
ry(pi*-0.050770688632) q[1];
ry(pi*-0.034796436672) q[2];
ry(pi*-0.069829899881) q[3];
ry(pi*0.02228306528) q[4];
ry(pi*-0.011395179304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013789002897) q[0];
ry(pi*0.052476262759) q[1];
ry(pi*-0.409877109744) q[2];
ry(pi*-0.272517433103) q[3];
ry(pi*-0.180757560263) q[4];
ry(pi*0.391149755568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.338142137294) q[0];
ry(pi*0.226287923807) q[1];
ry(pi*-0.11787429479) q[2];
ry(pi*0.053123005782) q[3];
ry(pi*-0.152444860901) q[4];
ry(pi*0.273403858848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032336726655) q[0];
ry(pi*0.019698262009) q[1];
ry(pi*0.327832725652) q[2];
ry(pi*-0.060841067369) q[3];
ry(pi*-0.459194452701) q[4];
ry(pi*0.314889706902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.225055283362) q[0];
ry(pi*0.238606454566) q[1];
ry(pi*0.275640404292) q[2];
ry(pi*0.051508363292) q[3];
ry(pi*0.136489112113) q[4];
ry(pi*0.004941631489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
