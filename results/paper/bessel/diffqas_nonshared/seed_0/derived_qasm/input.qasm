// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.074711668497) q[0];
ry(pi*-0.055422972379) q[1];
ry(pi*0.105361502067) q[2];
ry(pi*-0.217186563928) q[3];
ry(pi*-0.231916796538) q[4];
ry(pi*-0.203430088621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012779796201) q[0];
ry(pi*0.201233329029) q[1];
ry(pi*-0.105531697101) q[2];
ry(pi*-0.23116168118) q[3];
ry(pi*-0.041924512211) q[4];
ry(pi*-0.21459078848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.161074434949) q[0];
ry(pi*0.145086660163) q[1];
ry(pi*0.175899113897) q[2];
ry(pi*0.003128087309) q[3];
ry(pi*0.260739379007) q[4];
ry(pi*0.187294829181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.17472073551) q[0];
ry(pi*-0.173654637844) q[1];
ry(pi*0.184119550127) q[2];
ry(pi*-0.014749233817) q[3];
ry(pi*0.149323141914) q[4];
ry(pi*0.038676437095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.229357847193) q[0];
ry(pi*-0.22711923372) q[1];
ry(pi*-0.260701850912) q[2];
ry(pi*-0.388327597294) q[3];
ry(pi*-0.002394782903) q[4];
ry(pi*-0.003388581949) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
