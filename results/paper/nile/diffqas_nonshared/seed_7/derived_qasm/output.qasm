// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.130955937921) q[0];
rx(pi*-0.170117624383) q[1];
rx(pi*0.102836020649) q[2];
rx(pi*-0.004978368954) q[3];
rx(pi*0.066608009529) q[4];
rx(pi*-0.004716953246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094414169729) q[0];
rx(pi*-0.093644578165) q[1];
rx(pi*-0.022675198773) q[2];
rx(pi*0.040638624749) q[3];
rx(pi*0.056811099234) q[4];
rx(pi*0.000395120033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.354073970934) q[0];
rx(pi*-0.1039773168) q[1];
rx(pi*0.056132126255) q[2];
rx(pi*0.003295433762) q[3];
rx(pi*0.059469584357) q[4];
rx(pi*-0.001092229068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007969558994) q[0];
rx(pi*-0.088528823395) q[1];
rx(pi*-0.01296116974) q[2];
rx(pi*0.045672445708) q[3];
rx(pi*0.057090624726) q[4];
rx(pi*-0.002688451096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127820103209) q[0];
rx(pi*-0.070613341552) q[1];
rx(pi*0.104730164915) q[2];
rx(pi*-0.008223031939) q[3];
rx(pi*0.064011143148) q[4];
rx(pi*0.003436796147) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
