// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000722284204) q[0];
rz(pi*-0.002408341747) q[1];
rz(pi*-0.000119330857) q[2];
rz(pi*0.001059061444) q[3];
rz(pi*-0.004346502936) q[4];
rz(pi*0.002039854968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004734097199) q[0];
rz(pi*-0.005315140561) q[1];
rz(pi*-0.00781345597) q[2];
rz(pi*-0.00130162669) q[3];
rz(pi*0.0037862291) q[4];
rz(pi*-0.002566838154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005694303809) q[0];
rz(pi*-0.002990920272) q[1];
rz(pi*0.002129975816) q[2];
rz(pi*-0.000546486356) q[3];
rz(pi*-0.005050693661) q[4];
rz(pi*-0.007341718164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005545757867) q[0];
rz(pi*0.002079074899) q[1];
rz(pi*-0.001670047064) q[2];
rz(pi*-0.005570509002) q[3];
rz(pi*0.001435543458) q[4];
rz(pi*-0.001304280503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00130629532) q[0];
rz(pi*0.001064903865) q[1];
rz(pi*-0.004465100989) q[2];
rz(pi*0.006880316355) q[3];
rz(pi*0.0036346991) q[4];
rz(pi*-0.001310055185) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
