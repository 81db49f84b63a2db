// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.795597358214) q[0];
ry(pi*1.399965812122) q[1];
ry(pi*0.673605322614) q[2];
ry(pi*1.345662165453) q[3];
ry(pi*0.072186077986) q[4];
ry(pi*1.469545859889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.984169546606) q[0];
ry(pi*0.58849111) q[1];
ry(pi*1.164274273593) q[2];
ry(pi*0.331915585065) q[3];
ry(pi*0.631396536982) q[4];
ry(pi*0.896119908414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.64731625589) q[0];
ry(pi*1.006003384653) q[1];
ry(pi*1.040967350687) q[2];
ry(pi*0.864557073022) q[3];
ry(pi*1.051192371548) q[4];
ry(pi*1.598819636053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.630910141504) q[0];
ry(pi*0.177587764332) q[1];
ry(pi*1.317707263654) q[2];
ry(pi*1.797786233998) q[3];
ry(pi*1.006126100385) q[4];
ry(pi*0.253036917762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081528069223) q[0];
ry(pi*0.49344758577) q[1];
ry(pi*1.298042541905) q[2];
ry(pi*1.724983551198) q[3];
ry(pi*0.304428949652) q[4];
ry(pi*1.054046328147) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
