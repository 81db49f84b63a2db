// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.58530854541) q[0];
rz(pi*0.188348423806) q[1];
rz(pi*0.731452926771) q[2];
rz(pi*1.759207504182) q[3];
rz(pi*0.056439702955) q[4];
rz(pi*1.749952446074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.915414130345) q[0];
rz(pi*1.488891687694) q[1];
rz(pi*1.054277264432) q[2];
rz(pi*0.180542295467) q[3];
rz(pi*1.467538087836) q[4];
rz(pi*0.255190438462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.890054348803) q[0];
rz(pi*1.023354341875) q[1];
rz(pi*1.290654857517) q[2];
rz(pi*0.029004886859) q[3];
rz(pi*0.274472669617) q[4];
rz(pi*1.634812152686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.116305153692) q[0];
rz(pi*0.08395673271) q[1];
rz(pi*0.173206767162) q[2];
rz(pi*0.348666851677) q[3];
rz(pi*1.501219420236) q[4];
rz(pi*1.330299400407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.581555953471) q[0];
rz(pi*1.523630333376) q[1];
rz(pi*0.129527346938) q[2];
rz(pi*0.494466308485) q[3];
rz(pi*1.857413481888) q[4];
rz(pi*1.070893976318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
