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
ry(pi*0.024660350566) q[0];
ry(pi*0.009861501829) q[1];
ry(pi*-0.040134533072) q[2];
ry(pi*-0.02649766671) q[3];
ry(pi*0.011183528817) q[4];
ry(pi*0.003592190362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01386942126) q[0];
ry(pi*-0.268754245516) q[1];
ry(pi*0.359714606769) q[2];
ry(pi*-0.003500851997) q[3];
ry(pi*0.003359795251) q[4];
ry(pi*-0.010355906732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.158115530596) q[0];
ry(pi*-0.000524257484) q[1];
ry(pi*-0.040097204191) q[2];
ry(pi*-0.003783589813) q[3];
ry(pi*0.007488360309) q[4];
ry(pi*0.104866740239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000689114209) q[0];
ry(pi*0.267043055456) q[1];
ry(pi*-0.077335324398) q[2];
ry(pi*-0.498302028886) q[3];
ry(pi*0.498003891129) q[4];
ry(pi*0.002740239286) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002629251676) q[0];
ry(pi*-0.004131926792) q[1];
ry(pi*-0.033541866102) q[2];
ry(pi*-0.000662557772) q[3];
ry(pi*-0.015167881724) q[4];
ry(pi*-0.000433920339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
