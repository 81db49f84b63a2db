// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.030040713505) q[0];
rz(pi*-0.031864110767) q[1];
rz(pi*-0.014653601682) q[2];
rz(pi*-0.001331393597) q[3];
rz(pi*0.000288578383) q[4];
rz(pi*-0.007480286219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.027381206226) q[0];
rz(pi*-0.022876708326) q[1];
rz(pi*-0.002400966536) q[2];
rz(pi*-0.002455962158) q[3];
rz(pi*-0.011454709857) q[4];
rz(pi*0.006249797996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.021381456594) q[0];
rz(pi*-0.032208160202) q[1];
rz(pi*-0.042632603614) q[2];
rz(pi*-0.00440253361) q[3];
rz(pi*-0.006737620541) q[4];
rz(pi*-0.002090671546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02102602351) q[0];
rz(pi*-0.017001291853) q[1];
rz(pi*-0.00668884635) q[2];
rz(pi*-0.004330551599) q[3];
rz(pi*0.001345607297) q[4];
rz(pi*0.009633865616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.051683434322) q[0];
rz(pi*-0.040405321614) q[1];
rz(pi*-0.064152670359) q[2];
rz(pi*0.015617488413) q[3];
rz(pi*-0.025769075253) q[4];
rz(pi*-0.004144671439) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
