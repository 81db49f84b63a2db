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
rx(pi*0.003125798425) q[0];
rx(pi*0.000605126894) q[1];
rx(pi*0.005144232271) q[2];
rx(pi*0.003341073003) q[3];
rx(pi*-0.000115592614) q[4];
rx(pi*0.005843526842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003334003579) q[0];
rx(pi*0.004193118054) q[1];
rx(pi*0.006278732029) q[2];
rx(pi*-0.000443810255) q[3];
rx(pi*1.031717e-06) q[4];
rx(pi*0.003323098103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004907486472) q[0];
rx(pi*0.001852852452) q[1];
rx(pi*0.001156318788) q[2];
rx(pi*0.003329742419) q[3];
rx(pi*0.001198830638) q[4];
rx(pi*-0.003468167289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000296088515) q[0];
rx(pi*0.000437045544) q[1];
rx(pi*-0.004347800791) q[2];
rx(pi*0.001687297442) q[3];
rx(pi*-0.001988430373) q[4];
rx(pi*0.002741866495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004399793827) q[0];
rx(pi*-0.002454634066) q[1];
rx(pi*-0.004238778639) q[2];
rx(pi*0.004502497164) q[3];
rx(pi*0.004425155647) q[4];
rx(pi*0.005049080384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
