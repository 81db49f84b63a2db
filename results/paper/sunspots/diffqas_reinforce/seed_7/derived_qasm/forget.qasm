// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.500415023797) q[0];
ry(pi*0.311195485253) q[1];
ry(pi*-0.370020375644) q[2];
ry(pi*-0.003239580068) q[3];
ry(pi*0.499838859395) q[4];
ry(pi*1.5559976e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000142325179) q[0];
ry(pi*-0.45645911372) q[1];
ry(pi*-0.50451514841) q[2];
ry(pi*-0.496485957477) q[3];
ry(pi*0.500330101778) q[4];
ry(pi*0.50041601038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035983694305) q[0];
ry(pi*0.500832879592) q[1];
ry(pi*0.542158028473) q[2];
ry(pi*0.500449516252) q[3];
ry(pi*-0.499986353535) q[4];
ry(pi*0.310619946952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002524924094) q[0];
ry(pi*0.006017280451) q[1];
ry(pi*0.007831466443) q[2];
ry(pi*0.00241684302) q[3];
ry(pi*0.002390033639) q[4];
ry(pi*0.112667964123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.364094199956) q[0];
ry(pi*-0.368002130635) q[1];
ry(pi*1.854594e-06) q[2];
ry(pi*0.50030498186) q[3];
ry(pi*3.839464e-06) q[4];
ry(pi*-0.00112156983) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
