// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00869116018) q[0];
ry(pi*0.000497519472) q[1];
ry(pi*0.017911397959) q[2];
ry(pi*-0.002916465281) q[3];
ry(pi*-0.012158165981) q[4];
ry(pi*0.007905924399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004634407861) q[0];
ry(pi*0.012870249962) q[1];
ry(pi*-0.001725494919) q[2];
ry(pi*0.500460216882) q[3];
ry(pi*0.006582129387) q[4];
ry(pi*-0.000917559357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037012937408) q[0];
ry(pi*-0.049484004316) q[1];
ry(pi*0.043636276196) q[2];
ry(pi*-0.049261183623) q[3];
ry(pi*-0.004826937672) q[4];
ry(pi*-0.015960515691) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004355932688) q[0];
ry(pi*-0.138335293273) q[1];
ry(pi*-0.001026430764) q[2];
ry(pi*0.141360194329) q[3];
ry(pi*-0.501794494336) q[4];
ry(pi*-0.027948424977) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008052922876) q[0];
ry(pi*0.008707109739) q[1];
ry(pi*-0.006622624939) q[2];
ry(pi*0.03721411731) q[3];
ry(pi*-0.000301667504) q[4];
ry(pi*0.000773864806) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
