// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161272567353) q[0];
ry(pi*0.072805889194) q[1];
ry(pi*-0.272323854158) q[2];
ry(pi*-0.244708962971) q[3];
ry(pi*0.02312624739) q[4];
ry(pi*-0.023372328671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.21579840387) q[0];
ry(pi*0.497598481456) q[1];
ry(pi*-0.132954119249) q[2];
ry(pi*-0.141604439996) q[3];
ry(pi*0.01706808304) q[4];
ry(pi*-0.001250687382) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026349605759) q[0];
ry(pi*-0.457182354862) q[1];
ry(pi*0.169395559551) q[2];
ry(pi*0.101090252756) q[3];
ry(pi*0.1077945198) q[4];
ry(pi*0.014894899459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003061317763) q[0];
ry(pi*0.337329306838) q[1];
ry(pi*-0.22180855294) q[2];
ry(pi*0.480704425945) q[3];
ry(pi*-0.315723369436) q[4];
ry(pi*8.5017911e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183512460146) q[0];
ry(pi*-0.15285514657) q[1];
ry(pi*0.5953837954) q[2];
ry(pi*0.135537097579) q[3];
ry(pi*0.222336147108) q[4];
ry(pi*-0.003635885193) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
