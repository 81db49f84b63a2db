// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.214493078829) q[0];
rx(pi*0.601579042596) q[1];
rx(pi*1.703318950061) q[2];
rx(pi*1.553877598443) q[3];
rx(pi*0.409046596687) q[4];
rx(pi*1.473564136068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.925183881152) q[0];
rx(pi*1.353677164771) q[1];
rx(pi*1.780492195019) q[2];
rx(pi*1.603576331573) q[3];
rx(pi*0.111213019993) q[4];
rx(pi*0.406227132543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.972489847235) q[0];
rx(pi*0.956378341674) q[1];
rx(pi*1.248507960987) q[2];
rx(pi*0.69901772444) q[3];
rx(pi*0.457861313611) q[4];
rx(pi*0.436303453153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.303612485282) q[0];
rx(pi*0.040940931768) q[1];
rx(pi*0.473555570504) q[2];
rx(pi*1.958123710508) q[3];
rx(pi*0.226517873509) q[4];
rx(pi*1.595340489472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.632172815809) q[0];
rx(pi*0.330824652073) q[1];
rx(pi*0.847364424407) q[2];
rx(pi*1.056531606313) q[3];
rx(pi*1.970241983915) q[4];
rx(pi*1.527046490435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
