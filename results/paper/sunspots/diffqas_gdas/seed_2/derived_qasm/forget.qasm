// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*-0.474663161569) q[0];
rx(pi*-0.002123238268) q[1];
rx(pi*0.004660865357) q[2];
rx(pi*-0.24775460124) q[3];
rx(pi*0.249950013767) q[4];
rx(pi*0.01943072255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.014524448259) q[0];
rx(pi*0.250184194392) q[1];
rx(pi*0.000441678748) q[2];
rx(pi*0.01076686119) q[3];
rx(pi*-0.251804979309) q[4];
rx(pi*-3.0367096e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0018647663) q[0];
rx(pi*0.001259585601) q[1];
rx(pi*0.001474541792) q[2];
rx(pi*-0.249296971791) q[3];
rx(pi*-0.000795650263) q[4];
rx(pi*0.247855213721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.469156207714) q[0];
rx(pi*-0.248110909442) q[1];
rx(pi*0.003056592066) q[2];
rx(pi*-0.003415729579) q[3];
rx(pi*-0.004242491369) q[4];
rx(pi*0.283196301061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.26478694911) q[0];
rx(pi*0.000368222235) q[1];
rx(pi*0.006868839029) q[2];
rx(pi*0.024994214008) q[3];
rx(pi*5.9925132e-05) q[4];
rx(pi*-0.004812552771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
