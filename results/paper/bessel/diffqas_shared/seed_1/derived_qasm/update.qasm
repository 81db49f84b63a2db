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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024604924056) q[0];
ry(pi*0.169187068027) q[1];
ry(pi*-4.017035e-06) q[2];
ry(pi*-0.00974129465) q[3];
ry(pi*0.068397794197) q[4];
ry(pi*0.04526614906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033057892653) q[0];
ry(pi*0.264370136815) q[1];
ry(pi*-0.061974285873) q[2];
ry(pi*-0.433872095535) q[3];
ry(pi*0.08292716707) q[4];
ry(pi*0.001630899467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051954654493) q[0];
ry(pi*0.462829137868) q[1];
ry(pi*0.03275163456) q[2];
ry(pi*0.000835974319) q[3];
ry(pi*-0.071838549423) q[4];
ry(pi*-0.031626922962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.295696628689) q[0];
ry(pi*0.002245367327) q[1];
ry(pi*-0.060341647732) q[2];
ry(pi*-0.020321230994) q[3];
ry(pi*-0.211881366272) q[4];
ry(pi*-0.371360914105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.133314127137) q[0];
ry(pi*-0.019236083503) q[1];
ry(pi*-0.02797015826) q[2];
ry(pi*0.095953684882) q[3];
ry(pi*0.102605255119) q[4];
ry(pi*0.001490753264) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
