// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.552820788569) q[0];
ry(pi*-0.256653427037) q[1];
ry(pi*-0.494599269501) q[2];
ry(pi*-0.520321003005) q[3];
ry(pi*0.05904217104) q[4];
ry(pi*0.51260804983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.181202679896) q[0];
ry(pi*0.28276307734) q[1];
ry(pi*0.286307471201) q[2];
ry(pi*-0.547239006197) q[3];
ry(pi*0.072753220846) q[4];
ry(pi*-0.126535686136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.03799670995) q[0];
ry(pi*0.388764463783) q[1];
ry(pi*0.212239894286) q[2];
ry(pi*0.628631107223) q[3];
ry(pi*-0.416162932837) q[4];
ry(pi*0.235581800156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009902203709) q[0];
ry(pi*-0.08800339212) q[1];
ry(pi*0.034905496769) q[2];
ry(pi*-0.111001796393) q[3];
ry(pi*-0.067759228427) q[4];
ry(pi*0.563470457468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.309775185361) q[0];
ry(pi*-0.282527701432) q[1];
ry(pi*-0.000346210587) q[2];
ry(pi*-0.173915930526) q[3];
ry(pi*0.029932953042) q[4];
ry(pi*-0.000999369845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
