// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002868674115) q[0];
rz(pi*-0.001766733372) q[1];
rz(pi*-0.000765005125) q[2];
rz(pi*-0.006315381448) q[3];
rz(pi*0.000439608013) q[4];
rz(pi*0.002287776754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00147803678) q[0];
rz(pi*-0.000169305945) q[1];
rz(pi*0.00392588631) q[2];
rz(pi*0.001175716495) q[3];
rz(pi*0.002218425136) q[4];
rz(pi*0.002888833549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000473454098) q[0];
rz(pi*0.002261342084) q[1];
rz(pi*-0.002156853233) q[2];
rz(pi*-0.00113441312) q[3];
rz(pi*0.003724527945) q[4];
rz(pi*-0.00408348077) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00756126665) q[0];
rz(pi*0.000749493644) q[1];
rz(pi*0.002411172689) q[2];
rz(pi*-0.000879926764) q[3];
rz(pi*0.002132555962) q[4];
rz(pi*-0.002663547586) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002146875495) q[0];
rz(pi*-0.000210022851) q[1];
rz(pi*0.000600206653) q[2];
rz(pi*0.000155910944) q[3];
rz(pi*0.005557782439) q[4];
rz(pi*-0.001170618459) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
