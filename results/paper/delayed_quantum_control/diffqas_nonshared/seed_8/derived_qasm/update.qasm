// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.215200933073) q[0];
ry(pi*-0.17000615949) q[1];
ry(pi*0.000522045973) q[2];
ry(pi*-0.106050582777) q[3];
ry(pi*0.005924018724) q[4];
ry(pi*-0.097135336067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095121862705) q[0];
ry(pi*0.154929389644) q[1];
ry(pi*-0.43860389881) q[2];
ry(pi*-0.087500405606) q[3];
ry(pi*0.044763143573) q[4];
ry(pi*0.040954862508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018497259807) q[0];
ry(pi*0.178830669034) q[1];
ry(pi*0.223513481993) q[2];
ry(pi*-0.075480852148) q[3];
ry(pi*0.286695046491) q[4];
ry(pi*-0.24235546951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083544625657) q[0];
ry(pi*-0.259351389704) q[1];
ry(pi*-0.010530632695) q[2];
ry(pi*-0.474038502824) q[3];
ry(pi*-0.103363216389) q[4];
ry(pi*-0.382588872354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013885003815) q[0];
ry(pi*-0.076740343774) q[1];
ry(pi*-0.134958134697) q[2];
ry(pi*-0.157997681374) q[3];
ry(pi*0.559036564277) q[4];
ry(pi*-0.003371034529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
