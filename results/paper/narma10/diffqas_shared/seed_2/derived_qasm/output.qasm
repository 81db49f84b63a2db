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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.016337698658) q[0];
rz(pi*0.054362300919) q[1];
rz(pi*0.087674252893) q[2];
rz(pi*0.037340705854) q[3];
rz(pi*0.22785137308) q[4];
rz(pi*0.030613204309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009743841741) q[0];
rz(pi*-0.071230112377) q[1];
rz(pi*0.018607324273) q[2];
rz(pi*0.005066243013) q[3];
rz(pi*0.021397654577) q[4];
rz(pi*0.045476960002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003288617209) q[0];
rz(pi*0.173096952899) q[1];
rz(pi*-0.132917890787) q[2];
rz(pi*0.107892295855) q[3];
rz(pi*-0.062687898346) q[4];
rz(pi*0.090998259316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.035517408199) q[0];
rz(pi*-0.106253856796) q[1];
rz(pi*-0.036315501574) q[2];
rz(pi*-0.007585905134) q[3];
rz(pi*0.199338729417) q[4];
rz(pi*-0.012663776663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.015985126902) q[0];
rz(pi*0.065368984755) q[1];
rz(pi*0.067134503278) q[2];
rz(pi*0.065245761502) q[3];
rz(pi*-0.098129384724) q[4];
rz(pi*0.000145813496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
