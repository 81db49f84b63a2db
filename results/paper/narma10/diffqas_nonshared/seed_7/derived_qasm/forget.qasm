// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.00146484242) q[0];
rz(pi*0.002365670407) q[1];
rz(pi*-0.000262537027) q[2];
rz(pi*0.000258004096) q[3];
rz(pi*-0.000925379909) q[4];
rz(pi*0.00367510957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-6.834912e-05) q[0];
rz(pi*-0.007004140807) q[1];
rz(pi*-0.002202935369) q[2];
rz(pi*-0.006266874061) q[3];
rz(pi*-0.010349650468) q[4];
rz(pi*-0.0016874095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004244852883) q[0];
rz(pi*0.000149987463) q[1];
rz(pi*-0.003732329006) q[2];
rz(pi*-0.002994340703) q[3];
rz(pi*0.003598853651) q[4];
rz(pi*0.000501741094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000152786425) q[0];
rz(pi*-0.000170173967) q[1];
rz(pi*0.00012223201) q[2];
rz(pi*0.002563685714) q[3];
rz(pi*0.001758876283) q[4];
rz(pi*0.000686609361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003319553164) q[0];
rz(pi*0.001626909706) q[1];
rz(pi*-0.002178026079) q[2];
rz(pi*0.003481819071) q[3];
rz(pi*-0.004045880342) q[4];
rz(pi*-0.000438061179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
