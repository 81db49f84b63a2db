// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.209954550935) q[0];
ry(pi*-0.088214074997) q[1];
ry(pi*0.076560344573) q[2];
ry(pi*0.083870188521) q[3];
ry(pi*0.149179651023) q[4];
ry(pi*-0.018582200798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.142226736634) q[0];
ry(pi*0.074615391289) q[1];
ry(pi*-0.057151835553) q[2];
ry(pi*-0.127683328671) q[3];
ry(pi*0.055762712628) q[4];
ry(pi*-0.00059285753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.128409463157) q[0];
ry(pi*-0.112809443902) q[1];
ry(pi*-0.136218342544) q[2];
ry(pi*-0.144402351099) q[3];
ry(pi*0.106798564382) q[4];
ry(pi*-0.009741862053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054082429174) q[0];
ry(pi*0.059835089598) q[1];
ry(pi*0.13569691452) q[2];
ry(pi*-0.079179575081) q[3];
ry(pi*0.042130504075) q[4];
ry(pi*0.001956085989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015160162187) q[0];
ry(pi*-0.032398252904) q[1];
ry(pi*0.147979159899) q[2];
ry(pi*0.133398204868) q[3];
ry(pi*-0.269969146442) q[4];
ry(pi*0.001701916833) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
