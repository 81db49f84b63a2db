// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.67627137312) q[0];
rz(pi*1.823305034993) q[1];
rz(pi*0.243465356278) q[2];
rz(pi*0.734751528685) q[3];
rz(pi*0.872823043847) q[4];
rz(pi*1.497833316009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.046695494209) q[0];
rz(pi*1.609152194448) q[1];
rz(pi*0.750312824562) q[2];
rz(pi*1.226657882269) q[3];
rz(pi*0.692582320204) q[4];
rz(pi*0.533162669336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.201232285528) q[0];
rz(pi*0.902827078288) q[1];
rz(pi*0.224227786971) q[2];
rz(pi*1.357329039247) q[3];
rz(pi*1.944051699434) q[4];
rz(pi*1.477127521649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.995901942153) q[0];
rz(pi*1.400185137085) q[1];
rz(pi*0.744782496282) q[2];
rz(pi*1.949994419358) q[3];
rz(pi*1.789873383953) q[4];
rz(pi*0.660944049168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.193875488773) q[0];
rz(pi*1.879325639437) q[1];
rz(pi*1.387880627186) q[2];
rz(pi*1.527096274925) q[3];
rz(pi*1.977297417546) q[4];
rz(pi*1.809429126239) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
