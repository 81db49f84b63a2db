// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.116274645514) q[0];
rx(pi*0.109166638399) q[1];
rx(pi*0.020428540855) q[2];
rx(pi*-0.011451882918) q[3];
rx(pi*0.006092197902) q[4];
rx(pi*0.002500216537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.182612620668) q[0];
rx(pi*0.075084592083) q[1];
rx(pi*-0.027849572219) q[2];
rx(pi*-0.039028322275) q[3];
rx(pi*0.01215130259) q[4];
rx(pi*-0.003575587429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.061560039643) q[0];
rx(pi*0.045791200879) q[1];
rx(pi*0.0237467013) q[2];
rx(pi*-0.010980981692) q[3];
rx(pi*-0.000966890576) q[4];
rx(pi*-0.002777153434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.166133840658) q[0];
rx(pi*0.105240617205) q[1];
rx(pi*-0.025836689383) q[2];
rx(pi*-0.039652883785) q[3];
rx(pi*0.00015772223) q[4];
rx(pi*0.008677645061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082283042285) q[0];
rx(pi*0.105267273916) q[1];
rx(pi*0.01789376279) q[2];
rx(pi*-0.007395758478) q[3];
rx(pi*0.003412945625) q[4];
rx(pi*0.005903672823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
