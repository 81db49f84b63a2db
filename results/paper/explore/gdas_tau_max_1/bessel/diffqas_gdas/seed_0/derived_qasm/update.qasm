// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.305958210034) q[0];
ry(pi*-0.269721893594) q[1];
ry(pi*0.071352453397) q[2];
ry(pi*-0.003206180917) q[3];
ry(pi*0.011288442183) q[4];
ry(pi*0.005373752122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078598639033) q[0];
ry(pi*0.0068453146) q[1];
ry(pi*0.501301544406) q[2];
ry(pi*0.278808549593) q[3];
ry(pi*0.492773028698) q[4];
ry(pi*0.001547738208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006903268637) q[0];
ry(pi*-0.4268878856) q[1];
ry(pi*-0.007856777867) q[2];
ry(pi*-0.0064617058) q[3];
ry(pi*0.086867711902) q[4];
ry(pi*0.302575520902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.205288013912) q[0];
ry(pi*0.000832898732) q[1];
ry(pi*0.499073764371) q[2];
ry(pi*0.064734763745) q[3];
ry(pi*0.277935006344) q[4];
ry(pi*-0.077983874576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.127988144836) q[0];
ry(pi*0.004532890024) q[1];
ry(pi*-1.000327952799) q[2];
ry(pi*-0.468278300733) q[3];
ry(pi*0.507144847132) q[4];
ry(pi*0.000768501892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
