// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.0748689004) q[0];
ry(pi*-0.112262099104) q[1];
ry(pi*0.13424898082) q[2];
ry(pi*-0.083077469177) q[3];
ry(pi*-0.066799131503) q[4];
ry(pi*-0.001017890434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087982417747) q[0];
ry(pi*0.179752725599) q[1];
ry(pi*-0.409512757098) q[2];
ry(pi*-0.131487042047) q[3];
ry(pi*-0.008269933757) q[4];
ry(pi*0.077889821923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023794481794) q[0];
ry(pi*0.129028069596) q[1];
ry(pi*0.099285100163) q[2];
ry(pi*-0.149296020371) q[3];
ry(pi*-0.273421370694) q[4];
ry(pi*0.02772485249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.101376153091) q[0];
ry(pi*-0.535373335952) q[1];
ry(pi*0.04552866074) q[2];
ry(pi*0.35423220365) q[3];
ry(pi*0.183086028669) q[4];
ry(pi*0.225628544933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062440251814) q[0];
ry(pi*-0.292945049036) q[1];
ry(pi*0.068951964441) q[2];
ry(pi*-0.259449308055) q[3];
ry(pi*0.270058128629) q[4];
ry(pi*0.002335684572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
