// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.872813178018) q[0];
rx(pi*0.738774661888) q[1];
rx(pi*0.169827910525) q[2];
rx(pi*1.603020961303) q[3];
rx(pi*1.160227614183) q[4];
rx(pi*1.09085004358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.057744799692) q[0];
rx(pi*0.322533333657) q[1];
rx(pi*1.657557896878) q[2];
rx(pi*1.352023955427) q[3];
rx(pi*0.89281136478) q[4];
rx(pi*0.709285851383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.143642226935) q[0];
rx(pi*1.725627713928) q[1];
rx(pi*1.247147994433) q[2];
rx(pi*1.53006406801) q[3];
rx(pi*1.725099664414) q[4];
rx(pi*0.70282153268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.812228489388) q[0];
rx(pi*1.830693326509) q[1];
rx(pi*0.215986992983) q[2];
rx(pi*0.895216805624) q[3];
rx(pi*1.287673555835) q[4];
rx(pi*0.279425296702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.671658035682) q[0];
rx(pi*0.52806731027) q[1];
rx(pi*1.893757677371) q[2];
rx(pi*0.00230092724) q[3];
rx(pi*0.402072707926) q[4];
rx(pi*1.967655315386) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
