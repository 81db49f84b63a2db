// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.011155421877) q[0];
ry(pi*0.011565223741) q[1];
ry(pi*-0.013428277603) q[2];
ry(pi*0.022736326594) q[3];
ry(pi*0.003099241321) q[4];
ry(pi*0.008259724047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030087709002) q[0];
ry(pi*-0.258624410931) q[1];
ry(pi*-0.041423996897) q[2];
ry(pi*-0.48635693872) q[3];
ry(pi*-0.047512707371) q[4];
ry(pi*0.008164833628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007776808329) q[0];
ry(pi*0.134124282436) q[1];
ry(pi*0.141038065532) q[2];
ry(pi*0.007115798985) q[3];
ry(pi*-0.049310351499) q[4];
ry(pi*0.007841286619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005895424421) q[0];
ry(pi*-0.00353092321) q[1];
ry(pi*-0.008592648338) q[2];
ry(pi*-0.014889651122) q[3];
ry(pi*-0.500355335533) q[4];
ry(pi*0.055330783797) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022745184496) q[0];
ry(pi*0.018702994354) q[1];
ry(pi*-5.0439717e-05) q[2];
ry(pi*-0.054700385796) q[3];
ry(pi*0.006186314589) q[4];
ry(pi*-0.003370822568) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
