// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000543141001) q[0];
rx(pi*0.001284062224) q[1];
rx(pi*0.056381703265) q[2];
rx(pi*-0.201036107317) q[3];
rx(pi*0.005726677246) q[4];
rx(pi*-0.006705422602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000190348834) q[0];
rx(pi*-0.171109481687) q[1];
rx(pi*-0.293635979589) q[2];
rx(pi*0.337977415899) q[3];
rx(pi*-0.000603348718) q[4];
rx(pi*-0.000822111169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000769208182) q[0];
rx(pi*-0.211477777984) q[1];
rx(pi*0.005621789968) q[2];
rx(pi*0.038740417943) q[3];
rx(pi*0.000592873908) q[4];
rx(pi*-0.000965990853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007185983922) q[0];
rx(pi*0.003605760027) q[1];
rx(pi*-0.332646149688) q[2];
rx(pi*0.429786579938) q[3];
rx(pi*0.002052549219) q[4];
rx(pi*-0.005337147763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009058911913) q[0];
rx(pi*-0.000629725284) q[1];
rx(pi*0.05968771878) q[2];
rx(pi*-0.201017191488) q[3];
rx(pi*-0.002309024008) q[4];
rx(pi*-0.002429927991) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
