// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rz(pi*0.002743194884) q[0];
rz(pi*-0.001125863007) q[1];
rz(pi*-4.4001165e-05) q[2];
rz(pi*0.004440009234) q[3];
rz(pi*-0.00283120116) q[4];
rz(pi*-0.000685918635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006669816091) q[0];
rz(pi*-0.000969794592) q[1];
rz(pi*-0.001347195672) q[2];
rz(pi*-0.001938294146) q[3];
rz(pi*0.002068037651) q[4];
rz(pi*0.00463150088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002502407) q[0];
rz(pi*0.002294204217) q[1];
rz(pi*0.0032251507) q[2];
rz(pi*-0.001719434757) q[3];
rz(pi*-0.002321799634) q[4];
rz(pi*0.001041289094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005371066886) q[0];
rz(pi*-0.001612909745) q[1];
rz(pi*-0.004401238127) q[2];
rz(pi*0.000287856714) q[3];
rz(pi*0.003210135253) q[4];
rz(pi*0.002237404109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001564765805) q[0];
rz(pi*-0.000156443775) q[1];
rz(pi*0.002472906897) q[2];
rz(pi*-0.001029518356) q[3];
rz(pi*0.003930027112) q[4];
rz(pi*0.004270615206) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
