// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.128708236502) q[0];
ry(pi*0.002936211465) q[1];
ry(pi*0.016457142777) q[2];
ry(pi*0.013123124672) q[3];
ry(pi*0.118344771501) q[4];
ry(pi*0.004960253241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028386408486) q[0];
ry(pi*0.238790243573) q[1];
ry(pi*-0.5105529218) q[2];
ry(pi*-0.006153518416) q[3];
ry(pi*0.001028641978) q[4];
ry(pi*0.004659196645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0304228033) q[0];
ry(pi*0.104152748312) q[1];
ry(pi*0.181689065256) q[2];
ry(pi*-0.001363802755) q[3];
ry(pi*0.044130008753) q[4];
ry(pi*-0.070688042003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003974124817) q[0];
ry(pi*0.279019185038) q[1];
ry(pi*-0.187909697988) q[2];
ry(pi*0.501078652566) q[3];
ry(pi*0.50791916291) q[4];
ry(pi*-0.007686413265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112151506958) q[0];
ry(pi*0.011290331157) q[1];
ry(pi*-0.063660725984) q[2];
ry(pi*-0.025585219842) q[3];
ry(pi*0.004985028981) q[4];
ry(pi*0.00117533956) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
