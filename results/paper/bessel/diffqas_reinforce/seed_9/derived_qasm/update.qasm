// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002387524048) q[0];
ry(pi*-0.229232038903) q[1];
ry(pi*-0.074154695029) q[2];
ry(pi*-0.069095104336) q[3];
ry(pi*-0.205026948904) q[4];
ry(pi*0.080312058391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12689818894) q[0];
ry(pi*0.060687985755) q[1];
ry(pi*-0.398880960526) q[2];
ry(pi*0.014089354537) q[3];
ry(pi*-0.423562152656) q[4];
ry(pi*0.05340288227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037336102591) q[0];
ry(pi*-0.159173251793) q[1];
ry(pi*-0.189060471027) q[2];
ry(pi*0.505529355611) q[3];
ry(pi*0.229962907089) q[4];
ry(pi*-0.073508525932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033268917039) q[0];
ry(pi*0.078581805463) q[1];
ry(pi*0.093524025326) q[2];
ry(pi*0.235135864694) q[3];
ry(pi*-0.287643076748) q[4];
ry(pi*0.056999958708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.130460009269) q[0];
ry(pi*0.352271066611) q[1];
ry(pi*-0.122156548295) q[2];
ry(pi*-0.299910817461) q[3];
ry(pi*0.003031577684) q[4];
ry(pi*0.004425692517) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
