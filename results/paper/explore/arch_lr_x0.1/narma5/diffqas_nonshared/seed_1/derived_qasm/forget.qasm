// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.001971658168) q[0];
ry(pi*-0.00183727049) q[1];
ry(pi*2.934584e-05) q[2];
ry(pi*-0.002018022079) q[3];
ry(pi*-0.001391762064) q[4];
ry(pi*5.1250927e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000828097441) q[0];
ry(pi*0.000348403644) q[1];
ry(pi*-1.3211133e-05) q[2];
ry(pi*-0.000269069599) q[3];
ry(pi*-0.006746561448) q[4];
ry(pi*0.001663821038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000187662412) q[0];
ry(pi*-0.000764119557) q[1];
ry(pi*0.00251825962) q[2];
ry(pi*0.000132662204) q[3];
ry(pi*-0.001724945747) q[4];
ry(pi*0.000422296345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004441617174) q[0];
ry(pi*2.7961654e-05) q[1];
ry(pi*-0.000466428438) q[2];
ry(pi*0.000252653856) q[3];
ry(pi*-0.000511033071) q[4];
ry(pi*0.000719845391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.0340244e-05) q[0];
ry(pi*0.004562356183) q[1];
ry(pi*-0.002715618588) q[2];
ry(pi*-0.001530286986) q[3];
ry(pi*0.002583135745) q[4];
ry(pi*-0.008733522768) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
