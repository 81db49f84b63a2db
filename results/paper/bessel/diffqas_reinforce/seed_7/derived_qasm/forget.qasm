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
rx(pi*0.159557506852) q[0];
rx(pi*0.110213867668) q[1];
rx(pi*-0.033204089532) q[2];
rx(pi*0.047031729244) q[3];
rx(pi*0.064526684878) q[4];
rx(pi*0.001234869372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.289718733291) q[0];
rx(pi*0.203037561444) q[1];
rx(pi*-0.245798397116) q[2];
rx(pi*0.080970498114) q[3];
rx(pi*0.07292306014) q[4];
rx(pi*-0.005442914309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099015725091) q[0];
rx(pi*-0.094070051518) q[1];
rx(pi*0.028070241875) q[2];
rx(pi*0.055312826092) q[3];
rx(pi*0.070584170952) q[4];
rx(pi*-0.002480678609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.315531080638) q[0];
rx(pi*0.20060339586) q[1];
rx(pi*-0.212345382763) q[2];
rx(pi*0.074830044213) q[3];
rx(pi*0.073770653414) q[4];
rx(pi*-0.003663459414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081639505656) q[0];
rx(pi*0.093485188111) q[1];
rx(pi*-0.031635648054) q[2];
rx(pi*0.045345099406) q[3];
rx(pi*0.071531522933) q[4];
rx(pi*-0.000420376725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
