// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.001386337785) q[0];
ry(pi*0.002441299337) q[1];
ry(pi*-0.001657684095) q[2];
ry(pi*0.000771959378) q[3];
ry(pi*0.000220210587) q[4];
ry(pi*0.001339083933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000339983635) q[0];
ry(pi*0.002442083297) q[1];
ry(pi*0.00095084934) q[2];
ry(pi*-0.003382937556) q[3];
ry(pi*-0.000241330423) q[4];
ry(pi*0.000826831752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.7364995e-05) q[0];
ry(pi*-7.952779e-06) q[1];
ry(pi*3.7325831e-05) q[2];
ry(pi*-2.340849e-06) q[3];
ry(pi*-1.31688e-07) q[4];
ry(pi*0.001991446892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002542069825) q[0];
ry(pi*0.000314287642) q[1];
ry(pi*-0.001592629804) q[2];
ry(pi*-0.00015518331) q[3];
ry(pi*-0.000141697855) q[4];
ry(pi*0.000189379853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.8139558e-05) q[0];
ry(pi*0.000235140657) q[1];
ry(pi*-0.005164000096) q[2];
ry(pi*-0.000708092663) q[3];
ry(pi*0.002621105253) q[4];
ry(pi*0.005098841158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
