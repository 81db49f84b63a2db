// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.057782342648) q[0];
rx(pi*-0.016940590918) q[1];
rx(pi*0.094502032524) q[2];
rx(pi*-0.005997670337) q[3];
rx(pi*0.000646175323) q[4];
rx(pi*-0.001476205762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152153913815) q[0];
rx(pi*-0.224996259144) q[1];
rx(pi*0.09459342425) q[2];
rx(pi*-0.001681877313) q[3];
rx(pi*0.003912001816) q[4];
rx(pi*-0.000933296807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060605103306) q[0];
rx(pi*-0.01486078883) q[1];
rx(pi*0.098450707179) q[2];
rx(pi*0.000366808951) q[3];
rx(pi*-0.001094170662) q[4];
rx(pi*-0.004704737761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.185586029687) q[0];
rx(pi*-0.228279170595) q[1];
rx(pi*0.102306709447) q[2];
rx(pi*-0.001876129939) q[3];
rx(pi*-0.005191212945) q[4];
rx(pi*-0.003802446352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060423225804) q[0];
rx(pi*-0.015650661076) q[1];
rx(pi*0.095596447016) q[2];
rx(pi*-0.002498299103) q[3];
rx(pi*0.001417818909) q[4];
rx(pi*0.00149130466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
