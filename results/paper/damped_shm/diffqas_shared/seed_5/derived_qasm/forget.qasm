// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.356471784733) q[0];
ry(pi*-0.153199501941) q[1];
ry(pi*0.354432252301) q[2];
ry(pi*-0.108239459192) q[3];
ry(pi*0.326325454684) q[4];
ry(pi*-0.014250624078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.412090280763) q[0];
ry(pi*0.37763045858) q[1];
ry(pi*-0.169844796271) q[2];
ry(pi*0.014327997315) q[3];
ry(pi*0.405928273821) q[4];
ry(pi*-0.359506627509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.255007711929) q[0];
ry(pi*-0.140761974108) q[1];
ry(pi*0.176356945271) q[2];
ry(pi*-0.036920504553) q[3];
ry(pi*-0.319805507885) q[4];
ry(pi*0.299519732213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099243141932) q[0];
ry(pi*0.012414637213) q[1];
ry(pi*0.191928201841) q[2];
ry(pi*0.049878201094) q[3];
ry(pi*0.067186407972) q[4];
ry(pi*-0.174312821435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.286079589528) q[0];
ry(pi*0.403614850804) q[1];
ry(pi*0.21225649544) q[2];
ry(pi*0.129798581339) q[3];
ry(pi*-0.058419717877) q[4];
ry(pi*-0.000711266003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
